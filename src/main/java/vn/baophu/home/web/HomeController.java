package vn.baophu.home.web;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.baophu.home.HomeScope;
import vn.baophu.home.HomeService;
import vn.baophu.user.SignedInUser;

/** The page everyone lands on after signing in: what their role needs first, for their unit. */
@Controller
@RequiredArgsConstructor
class HomeController {

	static final String STAFF_VIEW = "home/staff";
	static final String DISTRICT_VIEW = "home/district";
	static final String LEADER_VIEW = "home/leader";
	static final String NO_UNIT_VIEW = "home/no-unit";

	private final HomeService homes;

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		HomeScope scope = homes.scope(user);
		if (scope.unitMissing()) {
			model.addAttribute("scope", scope);
			return NO_UNIT_VIEW;
		}
		return switch (user.role()) {
			case ADMINISTRATOR, PROVINCIAL_STAFF -> {
				model.addAttribute("home", homes.staff(scope, user));
				yield STAFF_VIEW;
			}
			case DISTRICT_OFFICIAL -> {
				model.addAttribute("home", homes.district(scope, user));
				yield DISTRICT_VIEW;
			}
			case LEADER -> {
				model.addAttribute("home", homes.leader(scope));
				yield LEADER_VIEW;
			}
		};
	}
}
