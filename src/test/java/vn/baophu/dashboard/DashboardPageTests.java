package vn.baophu.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard page, its print view and its API on the Càng Long demo data. */
@BaophuTest
class DashboardPageTests {

	private static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true));
	private static final RequestPostProcessor STRANGER = user(
			new SignedInUser("x", "x", "X", Role.DISTRICT_OFFICIAL, -1L, true));

	@Autowired
	MockMvc mvc;

	@Test
	void showsCardsChartsRankingOutlookAndWarningsInVietnamese() throws Exception {
		mvc.perform(get("/units/844/dashboard").param("period", "2023-06").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bảng điều hành — Huyện Càng Long")))
			.andExpect(content().string(containsString("Tính đến ngày 30/06/2023")))
			.andExpect(content().string(containsString("id=\"card-BHYT\"")))
			.andExpect(content().string(containsString("pace-slightly_behind")))
			.andExpect(content().string(containsString("Chậm tiến độ")))
			.andExpect(content().string(containsString("id=\"trend-chart\"")))
			.andExpect(content().string(containsString("id=\"ranking-chart\"")))
			.andExpect(content().string(containsString("data-months=\"T1|T2|T3|T4|T5|T6|T7|T8|T9|T10|T11|T12\"")))
			.andExpect(content().string(containsString("/dist/chart.umd.min.js\"></script>")))
			.andExpect(content().string(containsString("<script type=\"application/json\" id=\"dashboard-data\">{\"unit\":{\"code\":\"844\"")))
			// outlook: 92,95 % on 31/12, off track, 1.461 people a month
			.andExpect(content().string(containsString("Dự báo đến ngày 31/12/2023")))
			.andExpect(content().string(containsString("92,95%")))
			.andExpect(content().string(containsString("Không đạt nếu giữ tốc độ hiện nay")))
			.andExpect(content().string(containsString("1.461")))
			.andExpect(content().string(containsString("Chưa đủ số liệu để dự báo")))
			// the warning and the highlighted drop
			.andExpect(content().string(containsString(
					"Xã Bình Phú: BHYT giảm so với tháng trước: -5,94 điểm % (96,69% → 90,75%)")))
			.andExpect(content().string(containsString("biggest-drop")))
			.andExpect(content().string(containsString("href=\"/units/29287/dashboard?period=2023-06\"")))
			.andExpect(content().string(containsString("href=\"/units/29287/gap?period=2023-06\"")))
			.andExpect(content().string(containsString("id=\"method-help\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void mayShowsTheMissingFiguresAsMissing() throws Exception {
		mvc.perform(get("/units/844/dashboard").param("period", "2023-05").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"missing-note\"")))
			.andExpect(content().string(containsString("Chưa đủ số liệu (0/14 đơn vị đã báo cáo)")))
			.andExpect(content().string(containsString("14 đơn vị chưa có (đủ) số liệu của tháng:")))
			.andExpect(content().string(containsString("Xã Bình Phú (BHXH, BHTN)")))
			.andExpect(content().string(containsString("Chưa có số liệu tháng này")));
	}

	@Test
	void aCommuneHasItsOwnDashboardWithoutRanking() throws Exception {
		mvc.perform(get("/units/29266/dashboard").param("period", "2023-06").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thị trấn Càng Long")))
			.andExpect(content().string(containsString("id=\"no-ranking\"")))
			.andExpect(content().string(not(containsString("id=\"ranking-chart\""))))
			.andExpect(content().string(containsString("93,08%")))
			.andExpect(content().string(containsString("href=\"/units/844/dashboard?period=2023-06\"")));
	}

	@Test
	void thePrintViewIsA4LandscapeWithoutNavigationAndWithTheNumbersInTables() throws Exception {
		mvc.perform(get("/units/844/dashboard/print").param("period", "2023-06").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/css/print-page.css\"")))
			.andExpect(content().string(containsString("class=\"print-view\"")))
			.andExpect(content().string(not(containsString("navbar"))))
			.andExpect(content().string(containsString("id=\"cards-table\"")))
			.andExpect(content().string(containsString("id=\"trend-table\"")))
			.andExpect(content().string(containsString("id=\"ranking-table\"")))
			.andExpect(content().string(containsString("id=\"outlook-table\"")))
			.andExpect(content().string(containsString("<meta charset=\"utf-8\"/>")))
			.andExpect(content().string(containsString("89,11%")))
			.andExpect(content().string(containsString("92,95%")))
			.andExpect(content().string(containsString("-5,94")));
	}

	@Test
	void switchesToEnglish() throws Exception {
		mvc.perform(get("/units/844/dashboard").param("period", "2023-06").param("lang", "en").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dashboard — Huyện Càng Long")))
			.andExpect(content().string(containsString("As of 30 Jun 2023")))
			.andExpect(content().string(containsString("89.11%")))
			.andExpect(content().string(containsString("Slightly behind pace")))
			.andExpect(content().string(containsString("data-months=\"Jan|Feb|Mar")))
			.andExpect(content().string(not(containsString("Chậm tiến độ"))));
	}

	@Test
	void theApiGivesCardsTrendRankingOutlookAndWarnings() throws Exception {
		mvc.perform(get("/api/v1/units/844/dashboard?period=2023-06").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.code").value("844"))
			.andExpect(jsonPath("$.period").value("2023-06"))
			.andExpect(jsonPath("$.cards", hasSize(4)))
			.andExpect(jsonPath("$.cards[0].indicator").value("BHYT"))
			.andExpect(jsonPath("$.cards[0].coverage").value(89.11))
			.andExpect(jsonPath("$.cards[0].achievement").value(93.80))
			.andExpect(jsonPath("$.cards[0].remaining").value(8766))
			.andExpect(jsonPath("$.cards[0].changePoints").value(0.64))
			.andExpect(jsonPath("$.cards[0].changePointsSinceDecember").value(nullValue()))
			.andExpect(jsonPath("$.cards[0].pace").value("SLIGHTLY_BEHIND"))
			.andExpect(jsonPath("$.cards[0].expectedCoverage").value(89.40))
			.andExpect(jsonPath("$.trend.year").value(2023))
			.andExpect(jsonPath("$.trend.series[0].thisYear", hasSize(12)))
			.andExpect(jsonPath("$.trend.series[0].thisYear[3]").value(nullValue()))
			.andExpect(jsonPath("$.trend.series[0].thisYear[4]").value(88.47))
			.andExpect(jsonPath("$.trend.series[0].thisYear[5]").value(89.11))
			.andExpect(jsonPath("$.trend.series[0].participantsThisYear[5]").value(132600))
			.andExpect(jsonPath("$.trend.series[0].target").value(95.00))
			.andExpect(jsonPath("$.trend.series[1].thisYear[4]").value(nullValue()))
			.andExpect(jsonPath("$.ranking", hasSize(14)))
			.andExpect(jsonPath("$.ranking[0].code").value("29275"))
			.andExpect(jsonPath("$.ranking[0].indicators.BHYT.rank").value(1))
			.andExpect(jsonPath("$.ranking[0].indicators.BHYT.achievement").value(101.41))
			.andExpect(jsonPath("$.outlook[0].projectedCoverage").value(92.95))
			.andExpect(jsonPath("$.outlook[0].verdict").value("OFF_TRACK"))
			.andExpect(jsonPath("$.outlook[0].neededPeoplePerMonth").value(1461))
			.andExpect(jsonPath("$.outlook[0].pacePointsPerMonth").value(0.64))
			.andExpect(jsonPath("$.outlook[1].verdict").value("NOT_ENOUGH_DATA"))
			.andExpect(jsonPath("$.outlook[1].projectedCoverage").value(nullValue()))
			.andExpect(jsonPath("$.outlook[1].neededPeoplePerMonth").value(481))
			.andExpect(jsonPath("$.warnings", hasSize(1)))
			.andExpect(jsonPath("$.warnings[0].kind").value("DROP"))
			.andExpect(jsonPath("$.warnings[0].code").value("29287"))
			.andExpect(jsonPath("$.warnings[0].changePoints").value(-5.94))
			.andExpect(jsonPath("$.settings.dropThresholdPoints").value(1.00));
	}

	@Test
	void withoutAPeriodTheNewestMonthWithFiguresIsShown() throws Exception {
		mvc.perform(get("/api/v1/units/844/dashboard").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value("2023-06"));
		mvc.perform(get("/units/844/dashboard").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tính đến ngày 30/06/2023")));
	}

	@Test
	void aUserOfAnotherUnitIsRefused() throws Exception {
		mvc.perform(get("/units/844/dashboard").param("period", "2023-06").with(STRANGER))
			.andExpect(status().isForbidden());
		mvc.perform(get("/units/844/dashboard/print").param("period", "2023-06").with(STRANGER))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/units/844/dashboard").param("period", "2023-06").with(STRANGER))
			.andExpect(status().isForbidden());
	}

	@Test
	void unknownUnitsMalformedMonthsAndStrangersAreTurnedAway() throws Exception {
		mvc.perform(get("/units/99999/dashboard").with(ADMIN)).andExpect(status().isNotFound());
		mvc.perform(get("/units/99999/dashboard/print").with(ADMIN)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/units/99999/dashboard").with(httpBasic("admin", "admin")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/units/844/dashboard?period=2023-13").with(httpBasic("admin", "admin")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/units/844/dashboard")).andExpect(status().isUnauthorized());
		mvc.perform(get("/units/844/dashboard").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void theUnitPagesAndTheGapTableLinkToTheDashboard() throws Exception {
		mvc.perform(get("/units/844").with(ADMIN))
			.andExpect(content().string(containsString("id=\"dashboard-link\"")))
			.andExpect(content().string(containsString("href=\"/units/29266/dashboard\"")));
		mvc.perform(get("/units").with(ADMIN))
			.andExpect(content().string(containsString("href=\"/units/84/dashboard\"")));
		mvc.perform(get("/units/844/gap").param("period", "2023-06").with(ADMIN))
			.andExpect(content().string(containsString("href=\"/units/844/dashboard?period=2023-06\"")));
	}
}
