package vn.baophu.unit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriUtils;
import vn.baophu.unit.UnitMatch;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * The navbar's unit search: suggestions while typing (an htmx fragment), Enter to the best match's gap
 * table, and the same search as JSON. Limited to the user's subtree.
 */
@Controller
@RequiredArgsConstructor
class UnitSearchController {

	static final int SUGGESTIONS = 10;

	private final UnitService units;

	@GetMapping("/units/search")
	String search(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal SignedInUser user, Model model) {
		List<UnitMatch> matches = units.search(q, user, SUGGESTIONS);
		if (!matches.isEmpty()) {
			return "redirect:/units/" + UriUtils.encodePathSegment(matches.get(0).code(), java.nio.charset.StandardCharsets.UTF_8)
					+ "/gap";
		}
		model.addAttribute("query", q);
		return "unit/search";
	}

	@GetMapping("/units/search/suggestions")
	String suggestions(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		model.addAttribute("matches", units.search(q, user, SUGGESTIONS));
		model.addAttribute("query", q);
		return "unit/search :: suggestions";
	}

	@GetMapping("/api/v1/units")
	@ResponseBody
	@Operation(summary = "Find units by code or name (diacritics and case aside) in your subtree, best first",
			description = "q: at least two characters; at most 10 units with their parent and life span.")
	List<UnitMatch> api(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal SignedInUser user) {
		return units.search(q, user, SUGGESTIONS);
	}
}
