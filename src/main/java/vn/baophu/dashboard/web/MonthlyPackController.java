package vn.baophu.dashboard.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.baophu.dashboard.DashboardService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * The monthly meeting pack of a unit as one PDF download: the dashboard, the gap tables, the overdue
 * tasks. For anyone who may see the unit; the month is the dashboard's unless asked.
 */
@Controller
@RequiredArgsConstructor
class MonthlyPackController {

	private final UnitService units;
	private final DashboardService dashboards;
	private final MonthlyPackService packs;

	@GetMapping("/units/{code}/pack.pdf")
	ResponseEntity<byte[]> pack(@PathVariable String code, @RequestParam(required = false) @Nullable YearMonth period,
			@AuthenticationPrincipal SignedInUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		UnitRef unit = units.requireVisible(code, period, user);
		YearMonth month = dashboards.period(unit, period);
		return packs.pack(unit, month, user, locale, request, response).asDownload();
	}
}
