package vn.baophu.unit.web;

import lombok.RequiredArgsConstructor;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** Browse provinces → districts → communes; each unit links to its gap table. */
@Controller
@RequiredArgsConstructor
class UnitTreeController {

	static final String ROOTS_VIEW = "unit/roots";
	static final String UNIT_VIEW = "unit/unit";

	private final UnitService units;

	@GetMapping("/units")
	String roots(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<UnitRef> visible = user.unitId() == null ? units.roots() : units.findById(user.unitId()).stream().toList();
		model.addAttribute("units", visible);
		// The first page after signing in: a user whose unit a reform closed learns what took its place.
		visible.stream().filter(unit -> user.unitId() != null && unit.closedFrom() != null).findFirst().ifPresent(mine -> {
			model.addAttribute("closedUnit", mine);
			model.addAttribute("successors", units.successors(List.of(mine.id())).getOrDefault(mine.id(), List.of()));
		});
		return ROOTS_VIEW;
	}

	@GetMapping("/units/{code}")
	String unit(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
		UnitRef unit = units.requireVisible(code, user);
		model.addAttribute("unit", unit);
		model.addAttribute("lineage", units.lineage(unit));
		model.addAttribute("children", units.children(unit));
		model.addAttribute("canManage", user.canManage(unit.path()));
		return UNIT_VIEW;
	}
}
