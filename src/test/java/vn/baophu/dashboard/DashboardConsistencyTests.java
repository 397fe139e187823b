package vn.baophu.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.report.GapRow;
import vn.baophu.report.GapTable;
import vn.baophu.report.GapTableService;
import vn.baophu.shared.Indicator;
import vn.baophu.shared.VietnameseNumbers;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The numbers of the dashboard for Huyện Càng Long, June 2023, are those of the gap table: on the page,
 * in the dashboard API and in the gap-table API, for the total and for every commune and indicator.
 */
@BaophuTest
class DashboardConsistencyTests {

	private static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true));

	/** Indicator → the gap-table JSON object and the prefix of its fields. */
	private static final Map<Indicator, String[]> GAP_JSON = Map.of(Indicator.BHYT, new String[] { "bhyt", "" },
			Indicator.BHXH, new String[] { "bhxh", "" }, Indicator.BHXH_TN, new String[] { "bhxh", "voluntary" },
			Indicator.BHTN, new String[] { "bhtn", "" });

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	GapTableService gapTables;

	@Autowired
	UnitService units;

	@Test
	void theDashboardApiHasTheNumbersOfTheGapTableApi() throws Exception {
		JsonNode dashboard = fetch("/api/v1/units/844/dashboard?period=2023-06");
		JsonNode gapTable = fetch("/api/v1/units/844/gap-table?period=2023-06");

		for (Indicator indicator : Indicator.values()) {
			JsonNode card = find(dashboard.get("cards"), "indicator", indicator.name());
			JsonNode total = gapTable.get("total");
			assertSame(card, total, indicator);
			assertThat(card.get("participants")).isEqualTo(indicator == Indicator.BHXH_TN
					? total.get("bhxh").get("voluntary") : total.get(GAP_JSON.get(indicator)[0]).get("participants"));
			JsonNode outlook = find(dashboard.get("outlook"), "indicator", indicator.name());
			assertThat(outlook.get("coverage")).isEqualTo(card.get("coverage"));
			for (JsonNode row : gapTable.get("rows")) {
				JsonNode ranked = find(dashboard.get("ranking"), "code", row.get("code").asString());
				assertSame(ranked.get("indicators").get(indicator.name()), row, indicator);
			}
		}
		assertThat(dashboard.get("ranking")).hasSize(gapTable.get("rows").size());
		// the trend's June is the card's coverage
		JsonNode bhytTrend = find(dashboard.get("trend").get("series"), "indicator", "BHYT");
		assertThat(bhytTrend.get("thisYear").get(5)).isEqualTo(gapTable.get("total").get("bhyt").get("coverage"));
	}

	@Test
	void thePageShowsTheGapTablesNumbers() throws Exception {
		GapTable table = gapTables.gapTable(units.require("844"), YearMonth.of(2023, 6));
		String html = mvc.perform(get("/units/844/dashboard").param("period", "2023-06").with(ADMIN))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		for (Indicator indicator : Indicator.values()) {
			IndicatorResult total = GapRows.result(table.total(), indicator);
			String card = element(html, "<div class=\"card h-100 dash-card[^\"]*\" id=\"card-" + indicator + "\"", "<dl");
			assertThat(card).contains(VietnameseNumbers.percent(total.coverage()));
			assertThat(element(html, "<div class=\"card h-100 dash-card[^\"]*\" id=\"card-" + indicator + "\"", "</dl>"))
				.contains(VietnameseNumbers.percent(total.achievement()))
				.contains(VietnameseNumbers.people(total.remaining()) + " người")
				.contains(">" + VietnameseNumbers.points(total.changePoints()) + "<");
			for (GapRow row : table.rows()) {
				IndicatorResult result = GapRows.result(row, indicator);
				String tableRow = element(html, "<tr data-code=\"" + row.unit().code() + "\">", "</tr>");
				assertThat(cell(tableRow, "achievement", indicator)).as("%s of %s", indicator, row.unit().name())
					.isEqualTo(VietnameseNumbers.percent(result.achievement()));
				assertThat(cell(tableRow, "change", indicator)).isEqualTo(VietnameseNumbers.points(result.changePoints()));
			}
		}
		// the headline figures the district published
		assertThat(html).contains("89,11%", "93,80%", "8.766 người");
	}

	private void assertSame(JsonNode dashboard, JsonNode gapRow, Indicator indicator) {
		String[] where = GAP_JSON.get(indicator);
		JsonNode gap = gapRow.get(where[0]);
		String prefix = where[1];
		String what = indicator + " of " + gapRow.get("code").asString();
		assertThat(decimal(dashboard, "coverage")).as(what).isEqualTo(decimal(gap, field(prefix, "coverage")));
		assertThat(decimal(dashboard, "achievement")).as(what).isEqualTo(decimal(gap, field(prefix, "achievement")));
		assertThat(decimal(dashboard, "target")).as(what).isEqualTo(decimal(gap, prefix.isEmpty() ? "target" : "voluntaryTarget"));
		assertThat(dashboard.get("remaining")).as(what)
			.isEqualTo(gap.get(prefix.isEmpty() ? "remaining" : "remainingVoluntary"));
		if (prefix.isEmpty()) {
			assertThat(decimal(dashboard, "changePoints")).as(what).isEqualTo(decimal(gap, "changePoints"));
		}
	}

	private static String field(String prefix, String name) {
		return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static BigDecimal decimal(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.decimalValue().setScale(2, RoundingMode.UNNECESSARY);
	}

	private JsonNode fetch(String url) throws Exception {
		String body = mvc.perform(get(url).with(ADMIN)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(body);
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (node.get(field).asString().equals(value)) {
				return node;
			}
		}
		throw new AssertionError("no " + field + " = " + value + " in " + array);
	}

	/** The markup from the first match of {@code start} to the next {@code end}. */
	private static String element(String html, String start, String end) {
		Matcher matcher = Pattern.compile(start).matcher(html);
		assertThat(matcher.find()).as("found %s", start).isTrue();
		int to = html.indexOf(end, matcher.end());
		return html.substring(matcher.start(), to);
	}

	private static String cell(String row, String kind, Indicator indicator) {
		Matcher matcher = Pattern.compile("<td class=\"num " + kind + "[^\"]*\"[^>]*data-indicator=\"" + indicator
				+ "\"[^>]*>([^<]*)</td>").matcher(row);
		assertThat(matcher.find()).as("%s cell of %s", kind, indicator).isTrue();
		return matcher.group(1).trim();
	}
}
