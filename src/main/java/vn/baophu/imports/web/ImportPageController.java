package vn.baophu.imports.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.imports.ImportKind;
import vn.baophu.imports.ImportResult;
import vn.baophu.imports.ImportService;
import vn.baophu.imports.web.PendingImports.PendingImport;

/**
 * The import pages: choose a kind and a file, preview every problem, then save that same file; and every
 * import of the user's subtree, saved or refused, newest first, a page at a time.
 */
@Controller
@RequestMapping("/imports")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROVINCIAL_STAFF')")
@RequiredArgsConstructor
class ImportPageController {

	static final String FORM_VIEW = "imports/form";
	static final String PREVIEW_VIEW = "imports/preview";
	static final String REDIRECT_FORM = "redirect:/imports";
	static final String HISTORY_VIEW = "imports/history";
	static final int HISTORY_PAGE_SIZE = 50;

	private final ImportService imports;
	private final MessageSource messages;
	private final ImportScopes scopes;
	private final PendingImports pendingImports;

	@ModelAttribute("kinds")
	ImportKind[] kinds(Authentication user) {
		return Arrays.stream(ImportKind.values()).filter(kind -> scopes.mayImport(kind, user)).toArray(ImportKind[]::new);
	}

	@GetMapping
	String form(@RequestParam(defaultValue = "figures") String kind, Model model) {
		model.addAttribute("selectedKind", kind);
		return FORM_VIEW;
	}

	/** A CSV with the header row and an example, with a byte order mark so that Excel reads it as UTF-8. */
	@GetMapping("/template/{kind}.csv")
	ResponseEntity<byte[]> template(@PathVariable String kind, Locale locale) {
		ImportKind importKind = kindOf(kind);
		String example = messages.getMessage("import.template." + importKind.path(), null, locale);
		String csv = "\uFEFF" + String.join(",", importKind.columns()) + "\r\n" + example.replace("\n", "\r\n") + "\r\n";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(importKind.path() + ".csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/preview")
	String preview(@RequestParam String kind, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effective,
			Authentication user, Locale locale, Model model) throws IOException {
		ImportKind importKind = kindOf(kind);
		// Only a reform has an effective day; another kind of file ignores the field.
		LocalDate day = importKind == ImportKind.REFORM ? effective : null;
		String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		byte[] content = file.getBytes();
		ImportResult result = imports.preview(importKind, fileName, content, scopes.of(importKind, user), day, locale);
		if (result.saved()) {
			model.addAttribute("token",
					pendingImports.keep(user.getName(), new PendingImport(importKind, fileName, content, day)));
		}
		model.addAttribute("fileName", fileName);
		model.addAttribute("result", result);
		return PREVIEW_VIEW;
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam String token, Authentication user, Locale locale, Model model,
			RedirectAttributes redirect) {
		PendingImport pending = pendingImports.take(user.getName(), token).orElse(null);
		if (pending == null) {
			redirect.addFlashAttribute("importErrorKey", "import.page.expired");
			return REDIRECT_FORM;
		}
		ImportResult result = imports.importFile(pending.kind(), pending.fileName(), pending.content(), user.getName(),
				scopes.of(pending.kind(), user), pending.effective(), locale);
		if (!result.saved()) {
			// The database changed since the preview (e.g. a unit was removed): show why, save nothing.
			model.addAttribute("fileName", pending.fileName());
			model.addAttribute("result", result);
			return PREVIEW_VIEW;
		}
		redirect.addFlashAttribute("savedCount", result.imported());
		redirect.addFlashAttribute("savedKind", pending.kind().path());
		redirect.addFlashAttribute("savedFile", pending.fileName());
		return REDIRECT_FORM + "?kind=" + pending.kind().path();
	}

	/** {@code page} counts from 1, as the page shows it. */
	@GetMapping("/history")
	String history(@RequestParam(defaultValue = "1") int page, Authentication user, Model model) {
		model.addAttribute("history",
				imports.history(scopes.of(user), PageRequest.of(Math.max(page, 1) - 1, HISTORY_PAGE_SIZE)));
		return HISTORY_VIEW;
	}

	private static ImportKind kindOf(String path) {
		return ImportKind.fromPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
