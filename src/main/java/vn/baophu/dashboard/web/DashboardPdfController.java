package vn.baophu.dashboard.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.baophu.dashboard.Dashboard;
import vn.baophu.dashboard.DashboardService;
import vn.baophu.report.export.PdfRenderer;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * The dashboard's print view as a PDF download, in the request's language: the same template, laid
 * out by the report module's PDF renderer (the charts are drawn by the browser, so the PDF has the
 * tables only).
 */
@Controller
@RequiredArgsConstructor
class DashboardPdfController {

	private final UnitService units;
	private final DashboardService dashboards;
	private final PdfRenderer pdf;
	private final MessageSource messages;

	@GetMapping("/units/{code}/dashboard.pdf")
	ResponseEntity<byte[]> dashboardPdf(@PathVariable String code, @RequestParam(required = false) @Nullable YearMonth period,
			@AuthenticationPrincipal SignedInUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		UnitRef unit = units.requireVisible(code, period, user);
		Dashboard dashboard = dashboards.dashboard(unit, period);
		Map<String, Object> model = Map.of("dashboard", dashboard, "chartData", "{}");
		byte[] file = pdf.render(DashboardPageController.PRINT_VIEW, model, locale, request, response);
		String name = messages.getMessage("export.file.dashboard", null, locale) + "-"
				+ unit.code().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + dashboard.period() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(file);
	}
}
