package vn.baophu.imports.web;

import java.io.IOException;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.imports.ImportKind;
import vn.baophu.imports.ImportResult;
import vn.baophu.imports.ImportService;
import vn.baophu.imports.web.PendingImports.PendingImport;
import vn.baophu.shared.Flash;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * Importing directives and tasks into a unit from its task pages: choose a file, preview every
 * problem, then save that same file (kept with the other imports' previews, {@link PendingImports}),
 * all or nothing.
 */
@Controller
@RequestMapping("/units/{code}/tasks/import")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROVINCIAL_STAFF')")
@RequiredArgsConstructor
class TaskImportPageController {

	static final String VIEW = "imports/tasks";

	private final ImportService imports;
	private final UnitService units;
	private final PendingImports pendingImports;
	private final Flash flash;

	@GetMapping
	String form(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("unit", units.requireManageable(code, user));
		return VIEW;
	}

	@PostMapping
	String preview(@PathVariable String code, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) throws IOException {
		UnitRef unit = units.requireManageable(code, user);
		String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		byte[] content = file.getBytes();
		ImportResult result = imports.preview(ImportKind.TASKS, fileName, content, unit.path(), locale);
		if (result.saved()) {
			model.addAttribute("token", pendingImports.keep(user.username(),
					new PendingImport(ImportKind.TASKS, fileName, content, null, unit.path())));
		}
		return show(unit, fileName, result, model);
	}

	@PostMapping("/confirm")
	String confirm(@PathVariable String code, @RequestParam String token, @AuthenticationPrincipal SignedInUser user,
			Locale locale, Model model, RedirectAttributes redirect) {
		UnitRef unit = units.requireManageable(code, user);
		PendingImport pending = pendingImports.take(user.username(), token)
			.filter(file -> file.kind() == ImportKind.TASKS && unit.path().equals(file.scopePath()))
			.orElse(null);
		if (pending == null) {
			flash.error(redirect, locale, "task.import.expired");
			return "redirect:/units/" + code + "/tasks/import";
		}
		ImportResult result = imports.importFile(ImportKind.TASKS, pending.fileName(), pending.content(),
				user.username(), unit.path(), locale);
		if (!result.saved()) {
			return show(unit, pending.fileName(), result, model);
		}
		flash.success(redirect, locale, "task.import.saved", result.imported(), result.totals().get("directives"),
				pending.fileName());
		return "redirect:/units/" + code + "/tasks";
	}

	private static String show(UnitRef unit, String fileName, ImportResult result, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("fileName", fileName);
		model.addAttribute("result", result);
		return VIEW;
	}
}
