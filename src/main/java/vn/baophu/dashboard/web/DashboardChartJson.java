package vn.baophu.dashboard.web;

import lombok.RequiredArgsConstructor;

import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import vn.baophu.dashboard.Dashboard;

/**
 * The JSON the dashboard's charts are drawn from (parts of the API's), ready to sit in a script element; pages
 * that show a dashboard call it as {@code ${@dashboardChartJson.json(dashboard)}}. Public because templates
 * call it.
 */
@Component("dashboardChartJson")
@RequiredArgsConstructor
public class DashboardChartJson {

	private final ObjectMapper json;

	public String json(Dashboard dashboard) {
		return scriptSafe(json.writeValueAsString(ChartJson.of(dashboard)));
	}

	/**
	 * What the charts draw, as the API writes it: the unit, the month, the trend and the ranking. The
	 * cards, outlook, warnings and schools are on the page already (serialising the whole API answer
	 * had been about 6 % of the page's CPU under JFR).
	 */
	record ChartJson(DashboardJson.UnitJson unit, String period, DashboardJson.TrendJson trend,
			List<DashboardJson.RankedJson> ranking) {

		static ChartJson of(Dashboard dashboard) {
			return new ChartJson(DashboardJson.UnitJson.of(dashboard.unit()), dashboard.period().toString(),
					DashboardJson.TrendJson.of(dashboard.trend()),
					dashboard.ranking().stream().map(DashboardJson.RankedJson::of).toList());
		}
	}

	/** JSON inside a script element (and valid XML for the PDF): no '<', '>' or '&' outside escapes. */
	private static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}
}
