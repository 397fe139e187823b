package vn.baophu.catalogue.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.baophu.catalogue.CatalogueService;
import vn.baophu.catalogue.Edition;
import vn.baophu.user.SignedInUser;

/**
 * The catalogue page: an edition's provinces, each loadable in one click, and the reform of
 * 1/7/2025 for the provinces loaded, previewed before it is applied. Results are the imports'.
 */
@Controller
@RequestMapping("/catalogue")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@RequiredArgsConstructor
class CatalogueController {

	static final String VIEW = "catalogue/catalogue";

	private final CatalogueService catalogue;
	private final CatalogueScope scope;

	@GetMapping
	String show(@RequestParam(defaultValue = "pre2025") String edition, Model model) {
		Edition chosen = CatalogueApiController.edition(edition);
		model.addAttribute("editions", Edition.values());
		model.addAttribute("edition", chosen);
		model.addAttribute("provinces", catalogue.provinces(chosen));
		return VIEW;
	}

	@PostMapping("/load")
	String load(@RequestParam String edition, @RequestParam String code, @AuthenticationPrincipal SignedInUser user,
			Locale locale, Model model) {
		Edition chosen = CatalogueApiController.edition(edition);
		model.addAttribute("result", catalogue.loadProvince(chosen, code, false, user.username(), scope.of(user), locale));
		model.addAttribute("loadedCode", code);
		return show(edition, model);
	}

	@PostMapping("/reform")
	String reform(@RequestParam(defaultValue = "true") boolean dryRun, @AuthenticationPrincipal SignedInUser user,
			Locale locale, Model model) {
		model.addAttribute("result", catalogue.applyReform2025(dryRun, user.username(), scope.of(user), locale));
		model.addAttribute("reformPreview", dryRun);
		return show(Edition.JULY_2025.key(), model);
	}
}
