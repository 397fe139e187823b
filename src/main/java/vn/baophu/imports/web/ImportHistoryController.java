package vn.baophu.imports.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.baophu.imports.ImportService;

/** Every import, saved or refused, newest first, a page at a time. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROVINCIAL_STAFF')")
class ImportHistoryController {

	static final String VIEW = "imports/history";
	static final int PAGE_SIZE = 50;

	private final ImportService imports;

	ImportHistoryController(ImportService imports) {
		this.imports = imports;
	}

	/** {@code page} counts from 1, as the page shows it. */
	@GetMapping("/imports/history")
	String history(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("history", imports.history(PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)));
		return VIEW;
	}
}
