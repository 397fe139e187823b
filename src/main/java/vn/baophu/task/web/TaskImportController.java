package vn.baophu.task.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
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
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * Importing directives and tasks from CSV into a unit: choose a file, preview every row and every
 * problem, then save that same file (kept in the session under a token), all or nothing.
 */
@Controller
class TaskImportController {

	static final String VIEW = "task/import";

	private static final String PENDING = TaskImportController.class.getName();
	private static final int KEPT = 3;

	private final UnitService units;
	private final TaskImportService imports;
	private final Flash flash;

	TaskImportController(UnitService units, TaskImportService imports, Flash flash) {
		this.units = units;
		this.imports = imports;
		this.flash = flash;
	}

	record PendingFile(String unitCode, String fileName, byte[] content) implements Serializable {
	}

	@GetMapping("/units/{code}/tasks/import")
	String form(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("unit", managed(code, user));
		return VIEW;
	}

	@PostMapping("/units/{code}/tasks/import")
	String preview(@PathVariable String code, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal SignedInUser user, HttpSession session, Locale locale, Model model)
			throws IOException {
		UnitRef unit = managed(code, user);
		String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		TaskImportResult result = imports.preview(unit, file.getBytes(), user, locale);
		if (result.saved()) {
			model.addAttribute("token", keep(session, new PendingFile(code, fileName, file.getBytes())));
		}
		model.addAttribute("unit", unit);
		model.addAttribute("fileName", fileName);
		model.addAttribute("result", result);
		return VIEW;
	}

	@PostMapping("/units/{code}/tasks/import/confirm")
	String confirm(@PathVariable String code, @RequestParam String token, @AuthenticationPrincipal SignedInUser user,
			HttpSession session, Locale locale, Model model, RedirectAttributes redirect) {
		UnitRef unit = managed(code, user);
		PendingFile pending = take(session, token);
		if (pending == null || !pending.unitCode().equals(code)) {
			flash.error(redirect, locale, "task.import.expired");
			return "redirect:/units/" + code + "/tasks/import";
		}
		TaskImportResult result = imports.importFile(unit, pending.content(), user, locale);
		if (!result.saved()) {
			model.addAttribute("unit", unit);
			model.addAttribute("fileName", pending.fileName());
			model.addAttribute("result", result);
			return VIEW;
		}
		flash.success(redirect, locale, "task.import.saved", result.tasks(), result.directives(), pending.fileName());
		return "redirect:/units/" + code + "/tasks";
	}

	private UnitRef managed(String code, SignedInUser user) {
		UnitRef unit = units.requireManageable(code, user);
		return unit;
	}

	private static String keep(HttpSession session, PendingFile file) {
		Map<String, PendingFile> kept = kept(session);
		String token = UUID.randomUUID().toString();
		kept.put(token, file);
		while (kept.size() > KEPT) {
			kept.remove(kept.keySet().iterator().next());
		}
		session.setAttribute(PENDING, kept);
		return token;
	}

	private static @org.jspecify.annotations.Nullable PendingFile take(HttpSession session, String token) {
		Map<String, PendingFile> kept = kept(session);
		PendingFile file = kept.remove(token);
		session.setAttribute(PENDING, kept);
		return file;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, PendingFile> kept(HttpSession session) {
		Object kept = session.getAttribute(PENDING);
		return kept instanceof LinkedHashMap<?, ?> map ? (Map<String, PendingFile>) map : new LinkedHashMap<>();
	}
}
