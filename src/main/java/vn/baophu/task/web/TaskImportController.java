package vn.baophu.task.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.shared.Flash;
import vn.baophu.task.TaskImportResult;
import vn.baophu.task.TaskImportService;
import vn.baophu.shared.PendingUploadTable;
import vn.baophu.shared.PendingUploads;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * Importing directives and tasks from CSV into a unit: choose a file, preview every row and every
 * problem, then save that same file (kept for the user under a token, see {@link PendingUploads}), all or
 * nothing.
 */
@Controller
class TaskImportController {

	static final String VIEW = "task/import";

	private final UnitService units;
	private final TaskImportService imports;
	private final Flash flash;
	/** Previewed files per user, not per session: capped and expiring like the data imports' previews. */
	private final PendingUploads<PendingFile> pending;

	TaskImportController(UnitService units, TaskImportService imports, Flash flash, PendingUploadTable table,
			@Value("${baophu.imports.pending-ttl:30m}") Duration ttl,
			@Value("${baophu.imports.pending-per-user:3}") int perUser) {
		this.units = units;
		this.imports = imports;
		this.flash = flash;
		this.pending = new PendingUploads<>(table, "tasks", PendingFile.class, ttl, perUser);
	}

	record PendingFile(String unitCode, String fileName, byte[] content) implements java.io.Serializable {
	}

	@GetMapping("/units/{code}/tasks/import")
	String form(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("unit", units.requireManageable(code, user));
		return VIEW;
	}

	@PostMapping("/units/{code}/tasks/import")
	String preview(@PathVariable String code, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) throws IOException {
		UnitRef unit = units.requireManageable(code, user);
		String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		TaskImportResult result = imports.preview(unit, file.getBytes(), user, locale);
		if (result.saved()) {
			model.addAttribute("token", pending.keep(user.getUsername(), new PendingFile(code, fileName, file.getBytes())));
		}
		return show(unit, fileName, result, model);
	}

	@PostMapping("/units/{code}/tasks/import/confirm")
	String confirm(@PathVariable String code, @RequestParam String token, @AuthenticationPrincipal SignedInUser user,
			Locale locale, Model model, RedirectAttributes redirect) {
		UnitRef unit = units.requireManageable(code, user);
		PendingFile file = pending.take(user.getUsername(), token).orElse(null);
		if (file == null || !file.unitCode().equals(code)) {
			flash.error(redirect, locale, "task.import.expired");
			return "redirect:/units/" + code + "/tasks/import";
		}
		TaskImportResult result = imports.importFile(unit, file.content(), user, locale);
		if (!result.saved()) {
			return show(unit, file.fileName(), result, model);
		}
		flash.success(redirect, locale, "task.import.saved", result.tasks(), result.directives(), file.fileName());
		return "redirect:/units/" + code + "/tasks";
	}

	private static String show(UnitRef unit, String fileName, TaskImportResult result, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("fileName", fileName);
		model.addAttribute("result", result);
		return VIEW;
	}
}
