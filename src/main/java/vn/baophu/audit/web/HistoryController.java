package vn.baophu.audit.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.baophu.audit.AuditHistoryService;
import vn.baophu.audit.FigureChange;
import vn.baophu.audit.MonthStatusChange;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** Who changed which figure when: one month of a unit, or one cell ({@code column=bhyt|bhxh_bb|bhxh_tn|bhtn}). */
@Controller
@Tag(name = "History", description = "The audit trail of figures and month status")
@RequiredArgsConstructor
class HistoryController {

	static final String VIEW = "audit/history";

	private final UnitService units;
	private final AuditHistoryService history;

	record HistoryJson(String unit, String period, @Nullable String column, List<FigureChange> changes,
			List<MonthStatusChange> monthStatus) {
	}

	@GetMapping("/units/{code}/history")
	String page(@PathVariable String code, @RequestParam YearMonth period,
			@RequestParam(required = false) @Nullable String column, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		UnitRef unit = visible(code, user);
		model.addAttribute("unit", unit);
		model.addAttribute("period", period);
		model.addAttribute("column", column);
		model.addAttribute("changes", history.figureChanges(unit.path(), period, column));
		model.addAttribute("monthStatus", history.monthStatusChanges(unit.path(), period));
		return VIEW;
	}

	@GetMapping("/api/v1/units/{code}/history")
	@ResponseBody
	@Operation(summary = "Changes of the figures below a unit in a month (or of one cell), and the month's status changes")
	HistoryJson api(@PathVariable String code, @RequestParam YearMonth period,
			@RequestParam(required = false) @Nullable String column, @AuthenticationPrincipal SignedInUser user) {
		UnitRef unit = visible(code, user);
		return new HistoryJson(unit.code(), period.toString(), column, history.figureChanges(unit.path(), period, column),
				history.monthStatusChanges(unit.path(), period));
	}

	private UnitRef visible(String code, SignedInUser user) {
		UnitRef unit = units.requireVisible(code, user);
		return unit;
	}
}
