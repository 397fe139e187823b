package vn.baophu.report.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.baophu.figures.MonthStatusService;
import vn.baophu.report.GapTable;
import vn.baophu.report.GapTableService;
import vn.baophu.shared.PeriodPicker;
import vn.baophu.unit.UnitRef;
import vn.baophu.user.SignedInUser;

@Controller
@RequiredArgsConstructor
class GapTablePageController {

	static final String VIEW = "report/gap-table";

	private final GapTableService gapTables;
	private final MonthStatusService months;

	@GetMapping("/units/{code}/gap")
	String gapTable(@PathVariable String code, @RequestParam(required = false) @Nullable YearMonth period,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		GapTable table = gapTables.gapTable(code, period, user);
		UnitRef unit = table.unit();
		model.addAttribute("table", table);
		model.addAttribute("status", months.statusOf(unit, table.period()));
		model.addAttribute("canClose", user.canManage(unit.path()));
		PeriodPicker.around(table.period(), model);
		return VIEW;
	}
}
