package vn.baophu.dashboard.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.baophu.dashboard.DashboardService;
import vn.baophu.user.SignedInUser;

@RestController
@Tag(name = "Dashboards", description = "Where a unit stands against each target, the trend, the laggards and the year-end outlook")
@RequiredArgsConstructor
class DashboardApiController {

	private final DashboardService dashboards;

	@GetMapping("/api/v1/units/{code}/dashboard")
	@Operation(summary = "Dashboard of a unit for a month",
			description = "Headline cards per indicator (BHYT, BHXH, BHXH_TN, BHTN) with the pace standing, the "
					+ "monthly trend of this year and last year, the units below ranked by achievement, the year-end "
					+ "outlook and early warnings. The month's numbers are those of the gap table. Rates and points "
					+ "are percentages rounded to two decimals; values that cannot be computed are null.")
	DashboardJson dashboard(@PathVariable String code,
			@Parameter(description = "Month as YYYY-MM; default: the newest month with figures")
			@RequestParam(required = false) @Nullable YearMonth period,
			@AuthenticationPrincipal SignedInUser user) {
		return DashboardJson.of(dashboards.dashboard(code, period, user));
	}
}
