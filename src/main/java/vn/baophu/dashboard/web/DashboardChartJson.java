package vn.baophu.dashboard.web;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import vn.baophu.dashboard.Dashboard;

/**
 * The JSON the dashboard's charts are drawn from (the API's), ready to sit in a script element; pages
 * that show a dashboard call it as {@code ${@dashboardChartJson.json(dashboard)}}. Public because templates
 * call it.
 */
@Component("dashboardChartJson")
@RequiredArgsConstructor
public class DashboardChartJson {

	private final ObjectMapper json;

	public String json(Dashboard dashboard) {
		return scriptSafe(json.writeValueAsString(DashboardJson.of(dashboard)));
	}

	/** JSON inside a script element (and valid XML for the PDF): no '<', '>' or '&' outside escapes. */
	private static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}
}
