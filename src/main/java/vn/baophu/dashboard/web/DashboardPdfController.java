package vn.baophu.dashboard.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.baophu.dashboard.Dashboard;
import vn.baophu.dashboard.DashboardService;
import vn.baophu.report.export.ReportExports.ExportFile;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * The dashboard as PDF downloads, in the request's language, for anyone who may see the unit, of the
 * dashboard's month unless asked: its print view (the same template, laid out by the report module's
 * PDF renderer, the trend and ranking charts drawn by the server), and the monthly meeting pack (the
 * dashboard, the gap tables, the overdue tasks).
 */
@Controller
@RequiredArgsConstructor
class DashboardPdfController {

	private final UnitService units;
	private final DashboardService dashboards;
	private final DashboardPrint print;
	private final MessageSource messages;
	private final MonthlyPackService packs;

	@GetMapping("/units/{code}/dashboard.pdf")
	ResponseEntity<byte[]> dashboardPdf(@PathVariable String code, @RequestParam(required = false) @Nullable YearMonth period,
			@AuthenticationPrincipal SignedInUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		UnitRef unit = units.requireVisible(code, period, user);
		YearMonth month = dashboards.period(unit, period);
		String name = messages.getMessage("export.file.dashboard", null, locale) + "-" + fileCode(unit) + "-" + month
				+ ".pdf";
		return new ExportFile(name, "application/pdf", print.pdf(unit, month, locale, request, response)).asDownload();
	}

	@GetMapping("/units/{code}/pack.pdf")
	ResponseEntity<byte[]> pack(@PathVariable String code, @RequestParam(required = false) @Nullable YearMonth period,
			@AuthenticationPrincipal SignedInUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		UnitRef unit = units.requireVisible(code, period, user);
		return packs.pack(unit, dashboards.period(unit, period), user, locale, request, response).asDownload();
	}

	/** A unit's code as it may stand in a file name. */
	static String fileCode(UnitRef unit) {
		return unit.code().replaceAll("[^A-Za-z0-9_-]", "_");
	}
}
