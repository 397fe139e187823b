package vn.baophu.dashboard.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jfree.chart.JFreeChart;
import org.springframework.stereotype.Component;
import vn.baophu.dashboard.Dashboard;
import vn.baophu.dashboard.DashboardService;
import vn.baophu.report.export.PdfRenderer;
import vn.baophu.unit.UnitRef;

/**
 * The dashboard's print view as PDF: the template of the browser's print view, with the trend and the
 * ranking drawn by the server where the browser would draw them, and the same tables.
 */
@Component
@RequiredArgsConstructor
class DashboardPrint {

	/** The names the print view gives the charts' places ({@code data-drawing}). */
	static final String TREND = "trend";
	static final String RANKING = "ranking";
	private static final int TREND_MAX_MM = 95;

	private final DashboardService dashboards;
	private final DashboardCharts charts;
	private final PdfRenderer pdf;

	byte[] pdf(UnitRef unit, YearMonth period, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Page page = page(unit, period, locale);
		return pdf.render(DashboardPageController.PRINT_VIEW, page.model(), locale, request, response, page.drawings());
	}

	/** What the print view is rendered with for PDF: its model, and its charts by the names it gives them. */
	record Page(Map<String, Object> model, Map<String, PdfRenderer.Drawing> drawings) {
	}

	Page page(UnitRef unit, YearMonth period, Locale locale) {
		Dashboard dashboard = dashboards.dashboard(unit, period);
		Map<String, PdfRenderer.Drawing> drawings = new HashMap<>();
		JFreeChart trend = charts.trend(dashboard, locale);
		if (trend != null) {
			drawings.put(TREND, trend::draw);
		}
		JFreeChart ranking = charts.ranking(dashboard, locale);
		if (ranking != null) {
			drawings.put(RANKING, ranking::draw);
		}
		// side by side, the trend as high as the ranking while that is not much higher than it is wide
		int rankingHeight = DashboardCharts.rankingHeightMm(dashboard.ranking().size());
		Map<String, Object> model = Map.of("dashboard", dashboard, "chartData", "{}", "pdfCharts", true,
				"rankingHeightMm", rankingHeight, "trendHeightMm", Math.min(rankingHeight, TREND_MAX_MM));
		return new Page(model, Map.copyOf(drawings));
	}
}
