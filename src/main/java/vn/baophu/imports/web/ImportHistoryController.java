package vn.baophu.imports.web;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.baophu.imports.ImportService;

/** Every import of the user's subtree, saved or refused, newest first, a page at a time. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROVINCIAL_STAFF')")
@RequiredArgsConstructor
class ImportHistoryController {

	static final String VIEW = "imports/history";
	static final int PAGE_SIZE = 50;

	private final ImportService imports;
	private final ImportScopes scopes;

	/** {@code page} counts from 1, as the page shows it. */
	@GetMapping("/imports/history")
	String history(@RequestParam(defaultValue = "1") int page, Authentication user, Model model) {
		model.addAttribute("history",
				imports.history(scopes.of(user), PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)));
		return VIEW;
	}
}
