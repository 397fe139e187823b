package vn.baophu.dashboard.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.baophu.dashboard.Dashboard;
import vn.baophu.dashboard.DashboardService;
import vn.baophu.shared.PeriodPicker;
import vn.baophu.user.SignedInUser;

/** The dashboard page and its print view; the charts read the API's JSON of what they draw, embedded in the page. */
@Controller
@RequiredArgsConstructor
class DashboardPageController {

	static final String VIEW = "dashboard/dashboard";
	static final String PRINT_VIEW = "dashboard/print";

	private final DashboardService dashboards;
	private final DashboardChartJson charts;

	@GetMapping("/units/{code}/dashboard")
	String dashboard() {
		return VIEW;
	}

	@GetMapping("/units/{code}/dashboard/print")
	String print() {
		return PRINT_VIEW;
	}

	/** Both views show the same dashboard: the month asked for, or the newest with figures. */
	@ModelAttribute
	void show(@PathVariable String code, @RequestParam(required = false) @Nullable YearMonth period,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Dashboard dashboard = dashboards.dashboard(code, period, user);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("chartData", charts.json(dashboard));
		PeriodPicker.around(dashboard.period(), model);
	}
}
