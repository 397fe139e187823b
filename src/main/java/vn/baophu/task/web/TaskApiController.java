package vn.baophu.task.web;

import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.baophu.task.BoardFilter;
import vn.baophu.task.NoteView;
import vn.baophu.task.TaskBoardService;
import vn.baophu.task.TaskInput;
import vn.baophu.task.TaskService;
import vn.baophu.task.TaskStatus;
import vn.baophu.task.TaskView;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;
import vn.baophu.task.web.ApiInput.BadField;
import vn.baophu.task.web.TaskJson.BoardJson;
import vn.baophu.task.web.TaskJson.TaskWithNotes;

/** Tasks over HTTP: the board of a subtree, one task with its notes, adding and editing, status, notes. */
@RestController
@Tag(name = "Tasks", description = "Directives' tasks with deadlines; status computed from the clock on every read")
@RequiredArgsConstructor
class TaskApiController {

	private final UnitService units;
	private final TaskBoardService boards;
	private final TaskService tasks;

	@GetMapping("/api/v1/units/{code}/tasks")
	@Operation(summary = "The task board of a unit's subtree: overdue, due soon and all tasks, filtered",
			description = "Tasks of the directives kept in the subtree and tasks assigned to a unit in it. "
					+ "status is computed today (by the server's clock): NOT_STARTED, IN_PROGRESS, DONE or OVERDUE.")
	BoardJson board(@PathVariable String code,
			@Parameter(description = "part of the assignee's name or unit name, any case, with or without diacritics")
			@RequestParam(required = false) @Nullable String assignee,
			@Parameter(description = "only the tasks of this directive") @RequestParam(required = false) @Nullable Long directive,
			@AuthenticationPrincipal SignedInUser user) {
		UnitRef unit = units.require(code);
		return BoardJson.of(boards.board(unit, new BoardFilter(assignee, directive), user));
	}

	@GetMapping("/api/v1/tasks/{id}")
	@Operation(summary = "One task with where it stands today and its progress notes, newest first")
	TaskWithNotes task(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		return new TaskWithNotes(tasks.task(id, user), tasks.notes(id, user));
	}

	@PostMapping("/api/v1/directives/{id}/tasks")
	@Operation(summary = "Add a task to a directive",
			description = "recurrence: none | weekly | monthly | quarterly | yearly; due: dd/MM/yyyy | a weekday | a day "
					+ "of the month (of the quarter's last month) or last | dd/MM. 400 names a bad field.")
	ResponseEntity<TaskView> add(@PathVariable long id, @Valid @RequestBody TaskInput input,
			@AuthenticationPrincipal SignedInUser user) {
		long taskId = tasks.add(id, input, user);
		return ResponseEntity.status(HttpStatus.CREATED).body(tasks.task(taskId, user));
	}

	@PutMapping("/api/v1/tasks/{id}")
	@Operation(summary = "Replace a task's assignee, description and deadline")
	TaskView update(@PathVariable long id, @Valid @RequestBody TaskInput input,
			@AuthenticationPrincipal SignedInUser user) {
		tasks.update(id, input, user);
		return tasks.task(id, user);
	}

	@PostMapping("/api/v1/tasks/{id}/status")
	@Operation(summary = "Set a task's status: NOT_STARTED, IN_PROGRESS or DONE (OVERDUE is computed, never set)",
			description = "DONE on a recurring task marks its open cycle done, or with through (a date) every cycle up "
					+ "to the one containing it. The assignee unit's district officials may set it too.")
	TaskView status(@PathVariable long id, @RequestBody ApiInput.StatusInput input,
			@AuthenticationPrincipal SignedInUser user) {
		TaskStatus status = TaskStatus.SETTABLE.stream()
			.filter(s -> s.name().equalsIgnoreCase(input.status() == null ? "" : input.status().strip()))
			.findFirst()
			.orElseThrow(() -> new BadField("status", "NOT_STARTED, IN_PROGRESS or DONE: " + input.status()));
		tasks.setStatus(id, status, input.through(), user);
		return tasks.task(id, user);
	}

	@PostMapping("/api/v1/tasks/{id}/notes")
	@Operation(summary = "Add a progress note (dated today, by the caller)")
	ResponseEntity<NoteView> note(@PathVariable long id, @RequestBody ApiInput.NoteInput input,
			@AuthenticationPrincipal SignedInUser user) {
		long noteId = tasks.addNote(id, ApiInput.text("text", input.text(), 4000), user);
		NoteView note = tasks.notes(id, user).stream().filter(n -> n.id() == noteId).findFirst().orElseThrow();
		return ResponseEntity.status(HttpStatus.CREATED).body(note);
	}
}
