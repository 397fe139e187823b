package vn.baophu.school.web;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.baophu.school.SchoolService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** The appendix page: students' health insurance per school of a unit's subtree for a school year. */
@Controller
@RequiredArgsConstructor
class SchoolPageController {

	static final String VIEW = "school/schools";

	private final UnitService units;
	private final SchoolService schools;

	@GetMapping("/units/{code}/schools")
	String schools(@PathVariable String code, @RequestParam(required = false) @Nullable String schoolYear,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		UnitRef unit = units.requireVisible(code, user);
		model.addAttribute("table", schools.table(unit, SchoolYearParam.of(schoolYear, unit, schools)));
		return VIEW;
	}
}
