package vn.baophu.task.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.shared.Flash;
import vn.baophu.task.DirectiveKind;
import vn.baophu.task.DirectiveService;
import vn.baophu.task.DirectiveView;
import vn.baophu.task.TaskPermissions;
import vn.baophu.task.TaskService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** Directives of a subtree: the list, one directive with its tasks, creating and editing one. */
@Controller
@RequiredArgsConstructor
class DirectiveController {

	static final String LIST_VIEW = "task/directives";
	static final String VIEW = "task/directive";
	static final String FORM_VIEW = "task/directive-form";

	private final UnitService units;
	private final DirectiveService directives;
	private final TaskService tasks;
	private final Flash flash;

	@ModelAttribute("kinds")
	DirectiveKind[] kinds() {
		return DirectiveKind.values();
	}

	@GetMapping("/units/{code}/directives")
	String list(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
		UnitRef unit = units.require(code);
		model.addAttribute("unit", unit);
		model.addAttribute("directives", directives.directivesUnder(unit, user));
		model.addAttribute("canManage", user.canManage(unit.path()));
		return LIST_VIEW;
	}

	@GetMapping("/units/{code}/directives/new")
	String newDirective(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
		UnitRef unit = units.requireManageable(code, user);
		model.addAttribute("unit", unit);
		model.addAttribute(new DirectiveForm());
		return FORM_VIEW;
	}

	@PostMapping("/units/{code}/directives")
	String create(@PathVariable String code, DirectiveForm directiveForm, BindingResult errors,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect, Locale locale)
			throws IOException {
		UnitRef unit = units.requireManageable(code, user);
		model.addAttribute("unit", unit);
		return save(directiveForm, file, errors, () -> directives.create(unit, directiveForm.input(), user), user,
				redirect, locale, "task.flash.directiveCreated");
	}

	@GetMapping("/directives/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		DirectiveView directive = directives.directive(id, user);
		model.addAttribute("directive", directive);
		model.addAttribute("tasks", tasks.tasksOf(id, user));
		model.addAttribute("canManage", TaskPermissions.canManage(user, directive));
		return VIEW;
	}

	@GetMapping("/directives/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		DirectiveView directive = directives.manageable(id, user);
		model.addAttribute("directive", directive);
		model.addAttribute(DirectiveForm.of(directive));
		return FORM_VIEW;
	}

	@PostMapping("/directives/{id}")
	String update(@PathVariable long id, DirectiveForm directiveForm, BindingResult errors,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect, Locale locale)
			throws IOException {
		model.addAttribute("directive", directives.manageable(id, user));
		return save(directiveForm, file, errors, () -> {
			directives.update(id, directiveForm.input(), user);
			return id;
		}, user, redirect, locale, "task.flash.directiveSaved");
	}

	@GetMapping("/directives/{id}/attachment")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		return directives.attachment(id, user)
			.map(file -> ResponseEntity.ok()
				.contentType(mediaType(file.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
							.build().toString())
				.body(file.content()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private static MediaType mediaType(String contentType) {
		try {
			return MediaType.parseMediaType(contentType);
		}
		catch (org.springframework.util.InvalidMimeTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	/**
	 * The form again when it breaks the service's rules or the file is too large; otherwise saves the
	 * directive ({@code save} returns its id), attaches the file sent with it, if any, and goes to it.
	 */
	private String save(DirectiveForm form, @Nullable MultipartFile file, BindingResult errors, LongSupplier save,
			SignedInUser user, RedirectAttributes redirect, Locale locale, String message) throws IOException {
		DirectiveForm.reject(errors, directives.check(form.input()));
		if (file != null && file.getSize() > DirectiveService.MAX_ATTACHMENT_BYTES) {
			errors.reject("task.form.fileTooLarge");
		}
		if (errors.hasErrors()) {
			return FORM_VIEW;
		}
		long id = save.getAsLong();
		if (file != null && !file.isEmpty()) {
			String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "attachment"
					: file.getOriginalFilename();
			String type = file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType();
			directives.attach(id, name, type, file.getBytes(), user);
		}
		flash.success(redirect, locale, message, form.getNumber());
		return "redirect:/directives/" + id;
	}
}
