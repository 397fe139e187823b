package vn.baophu.school.web;

import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.school.SchoolLevel;
import vn.baophu.school.SchoolService;
import vn.baophu.shared.Flash;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * The schools of a unit's subtree: name, code, level and unit, each editable by those who manage its
 * unit (the scope rules of units). Schools are added, with their counts, by the schools import.
 */
@Controller
@RequiredArgsConstructor
class SchoolManageController {

	static final String VIEW = "school/manage";

	private final UnitService units;
	private final SchoolService schools;
	private final Flash flash;

	@GetMapping("/units/{code}/schools/manage")
	String list(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
		UnitRef unit = units.requireVisible(code, user);
		model.addAttribute("unit", unit);
		model.addAttribute("lineage", units.lineage(unit));
		model.addAttribute("schools", schools.schoolsUnder(unit));
		model.addAttribute("levels", SchoolLevel.values());
		return VIEW;
	}

	@PostMapping("/units/{code}/schools/{id}")
	String edit(@PathVariable String code, @PathVariable long id, @RequestParam long version, @RequestParam String name,
			@RequestParam(required = false) @Nullable String schoolCode, @RequestParam SchoolLevel level,
			@AuthenticationPrincipal SignedInUser user, Locale locale, RedirectAttributes redirect) {
		String trimmed = name.strip();
		String newCode = Optional.ofNullable(schoolCode).map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
		if (trimmed.isEmpty() || trimmed.length() > 300 || (newCode != null && newCode.length() > 32)) {
			flash.error(redirect, locale, "school.manage.invalid", name);
		}
		else {
			try {
				if (schools.edit(id, version, trimmed, newCode, level, user)) {
					flash.success(redirect, locale, "school.manage.saved", trimmed);
				}
				else {
					flash.error(redirect, locale, "school.manage.conflict", trimmed);
				}
			}
			catch (DataIntegrityViolationException ex) {
				flash.error(redirect, locale, "school.manage.taken", trimmed);
			}
		}
		return "redirect:/units/" + code + "/schools/manage";
	}
}
