package vn.baophu.task.web;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.util.Locale;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.shared.Flash;
import vn.baophu.shared.VietnamTime;
import vn.baophu.task.DirectiveService;
import vn.baophu.task.DirectiveView;
import vn.baophu.deadline.Recurrence;
import vn.baophu.task.TaskPermissions;
import vn.baophu.task.TaskService;
import vn.baophu.task.TaskStatus;
import vn.baophu.task.TaskView;
import vn.baophu.user.SignedInUser;

/** One task: where it stands, its notes; adding and editing it, setting its status, adding a note. */
@Controller
@RequiredArgsConstructor
class TaskController {

	static final String VIEW = "task/task";
	static final String FORM_VIEW = "task/task-form";

	private final DirectiveService directives;
	private final TaskService tasks;
	private final Flash flash;
	private final Clock clock;

	@ModelAttribute("recurrences")
	Recurrence[] recurrences() {
		return Recurrence.values();
	}

	@GetMapping("/directives/{id}/tasks/new")
	String newTask(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("directive", directives.manageable(id, user));
		model.addAttribute(new TaskForm());
		return FORM_VIEW;
	}

	@PostMapping("/directives/{id}/tasks")
	String create(@PathVariable long id, @Valid TaskForm taskForm, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect, Locale locale) {
		DirectiveView directive = directives.manageable(id, user);
		TaskForm.reject(errors, tasks.check(id, taskForm.input(), user));
		if (errors.hasErrors()) {
			model.addAttribute("directive", directive);
			return FORM_VIEW;
		}
		long taskId = tasks.add(id, taskForm.input(), user);
		flash.success(redirect, locale, "task.flash.taskCreated", tasks.task(taskId, user).assigneeName());
		return "redirect:/directives/" + id;
	}

	@GetMapping("/tasks/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		TaskView task = tasks.task(id, user);
		model.addAttribute("task", task);
		model.addAttribute("notes", tasks.notes(id, user));
		model.addAttribute("canManage", TaskPermissions.canManage(user, task));
		model.addAttribute("canUpdate", TaskPermissions.canUpdate(user, task));
		model.addAttribute("statuses", TaskStatus.SETTABLE);
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute(new NoteForm());
		}
		return VIEW;
	}

	@GetMapping("/tasks/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		TaskView task = tasks.task(id, user);
		model.addAttribute("directive", directives.manageable(task.directiveId(), user));
		model.addAttribute("task", task);
		model.addAttribute(TaskForm.of(task));
		return FORM_VIEW;
	}

	@PostMapping("/tasks/{id}")
	String update(@PathVariable long id, @Valid TaskForm taskForm, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect, Locale locale) {
		TaskView task = tasks.task(id, user);
		DirectiveView directive = directives.manageable(task.directiveId(), user);
		TaskForm.reject(errors, tasks.check(task.directiveId(), taskForm.input(), user));
		if (errors.hasErrors()) {
			model.addAttribute("directive", directive);
			model.addAttribute("task", task);
			return FORM_VIEW;
		}
		tasks.update(id, taskForm.input(), user);
		flash.success(redirect, locale, "task.flash.taskSaved", tasks.task(id, user).assigneeName());
		return "redirect:/tasks/" + id;
	}

	/** {@code throughToday}: on a recurring task, every cycle up to today's is done (catching up). */
	@PostMapping("/tasks/{id}/status")
	String status(@PathVariable long id, @RequestParam TaskStatus status,
			@RequestParam(defaultValue = "false") boolean throughToday, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect, Locale locale) {
		if (status == TaskStatus.OVERDUE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Overdue is computed, never set");
		}
		tasks.setStatus(id, status, throughToday ? VietnamTime.today(clock) : null, user);
		flash.success(redirect, locale, "task.flash.statusSet");
		return "redirect:/tasks/" + id;
	}

	@PostMapping("/tasks/{id}/notes")
	String note(@PathVariable long id, @Valid NoteForm noteForm, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect, Locale locale) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("org.springframework.validation.BindingResult.noteForm", errors);
			redirect.addFlashAttribute("noteForm", noteForm);
			return "redirect:/tasks/" + id;
		}
		tasks.addNote(id, noteForm.getText(), user);
		flash.success(redirect, locale, "task.flash.noteAdded");
		return "redirect:/tasks/" + id + "#notes";
	}
}
