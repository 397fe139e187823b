package vn.baophu.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.baophu.coverage.CoverageRules;
import vn.baophu.coverage.PaceCheck.Standing;
import vn.baophu.coverage.YearEndOutlook.Verdict;
import vn.baophu.report.GapRow;
import vn.baophu.report.GapTable;
import vn.baophu.report.GapTableService;
import vn.baophu.shared.Indicator;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard of Huyện Càng Long on the demo data (BHYT for May and June 2023, BHXH and BHTN for June). */
@BaophuTest
class DashboardServiceTests {

	private static final YearMonth MAY = YearMonth.of(2023, 5);
	private static final YearMonth JUNE = YearMonth.of(2023, 6);

	@Autowired
	DashboardService dashboards;

	@Autowired
	GapTableService gapTables;

	@Autowired
	UnitService units;

	@Autowired
	DashboardQueries queries;

	@Autowired
	vn.baophu.school.SchoolService schools;

	@Autowired
	DashboardSettings settings;

	@Autowired
	vn.baophu.shared.DataVersion dataVersion;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	@Test
	void theCardsAreTheGapTablesTotalRowAndTheRankingItsRows() {
		UnitRef district = units.require("844");
		Dashboard dashboard = dashboards.dashboard(district, JUNE);
		GapTable table = gapTables.gapTable(district, JUNE);

		for (Indicator indicator : Indicator.values()) {
			Card card = dashboard.card(indicator);
			assertThat(card.result()).as("%s card", indicator).isEqualTo(GapRows.result(table.total(), indicator));
			assertThat(card.reported()).isEqualTo(GapRows.reported(table.total(), indicator));
			assertThat(card.leaves()).isEqualTo(14);
			for (GapRow row : table.rows()) {
				RankedUnit ranked = dashboard.ranking().stream()
					.filter(unit -> unit.unit().code().equals(row.unit().code()))
					.findFirst()
					.orElseThrow();
				assertThat(ranked.get(indicator).result()).as("%s of %s", indicator, row.unit().name())
					.isEqualTo(GapRows.result(row, indicator));
			}
		}
		assertThat(dashboard.ranking()).hasSize(14);
		assertThat(dashboard.lineage()).extracting(UnitRef::code).containsExactly("84", "844");
	}

	@Test
	void theHeadlineOfJuneIsBehindThePaceAndWillMissTheBhytTarget() {
		Dashboard dashboard = dashboards.dashboard(units.require("844"), JUNE);

		Card bhyt = dashboard.card(Indicator.BHYT);
		assertThat(two(bhyt.result().coverage())).isEqualByComparingTo("89.11");
		assertThat(two(bhyt.result().achievement())).isEqualByComparingTo("93.80");
		assertThat(bhyt.result().remaining()).isEqualTo(8766L);
		// May 131 647 → June 132 600 of 148 806: +0,64 points; no December 2022 in the demo
		assertThat(two(bhyt.result().changePoints())).isEqualByComparingTo("0.64");
		assertThat(bhyt.result().changePointsSinceDecember()).isNull();
		// the line from May (88,47 %) to 95 % by December expects 89,40 % in June: 0,31 achievement points behind
		assertThat(bhyt.pace().standing()).isEqualTo(Standing.SLIGHTLY_BEHIND);
		assertThat(two(bhyt.pace().expectedCoverage())).isEqualByComparingTo("89.40");
		assertThat(bhyt.outlook().verdict()).isEqualTo(Verdict.OFF_TRACK);
		assertThat(two(bhyt.outlook().projectedCoverage())).isEqualByComparingTo("92.95");
		assertThat(bhyt.outlook().neededPeoplePerMonth()).isEqualTo(1461L);

		// BHXH has a single month: no pace, no projection, but the needed pace: 22,69 % × 75 890 − 14 338 = 2 881 → 481 a month
		Card bhxh = dashboard.card(Indicator.BHXH);
		assertThat(two(bhxh.result().coverage())).isEqualByComparingTo("18.89");
		assertThat(bhxh.pace().standing()).isEqualTo(Standing.UNKNOWN);
		assertThat(bhxh.outlook().verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
		assertThat(bhxh.outlook().projectedCoverage()).isNull();
		assertThat(bhxh.outlook().neededPeoplePerMonth()).isEqualTo(481L);
		assertThat(dashboard.incomplete()).isFalse();
		assertThat(dashboard.monthsLeft()).isEqualTo(6);
	}

	@Test
	void theTrendHoldsTheMonthsWithFiguresAndNothingElse() {
		Dashboard dashboard = dashboards.dashboard(units.require("844"), JUNE);

		Trend.Series bhyt = dashboard.trend().of(Indicator.BHYT);
		assertThat(bhyt.thisYear()).hasSize(12);
		assertThat(bhyt.thisYear().get(4)).isEqualByComparingTo(CoverageRules.coverage(131647L, 148806L));
		assertThat(bhyt.thisYear().get(5)).isEqualByComparingTo(dashboard.card(Indicator.BHYT).result().coverage());
		assertThat(bhyt.thisYear().subList(0, 4)).containsOnlyNulls();
		assertThat(bhyt.thisYear().subList(6, 12)).containsOnlyNulls();
		assertThat(bhyt.lastYear()).hasSize(12).containsOnlyNulls();
		assertThat(bhyt.participantsThisYear().subList(4, 6)).containsExactly(131647L, 132600L);
		assertThat(bhyt.target().percent()).isEqualByComparingTo("95.00");

		// BHXH and BHTN of May are missing, not zero
		for (Indicator indicator : List.of(Indicator.BHXH, Indicator.BHXH_TN, Indicator.BHTN)) {
			Trend.Series series = dashboard.trend().of(indicator);
			assertThat(series.thisYear().get(4)).as("%s in May", indicator).isNull();
			assertThat(series.thisYear().get(5)).as("%s in June", indicator)
				.isEqualByComparingTo(dashboard.card(indicator).result().coverage());
		}
	}

	@Test
	void eachCommunesTrendComesFromItsOwnFigures() {
		// Thị trấn Càng Long: 12 577 then 12 787 of 13 737
		Dashboard town = dashboards.dashboard(units.require("29266"), JUNE);
		assertThat(town.trend().of(Indicator.BHYT).thisYear().subList(4, 6)).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(CoverageRules.coverage(12577L, 13737L), CoverageRules.coverage(12787L, 13737L));
		assertThat(town.ranking()).isEmpty();
		assertThat(town.lineage()).extracting(UnitRef::code).containsExactly("84", "844", "29266");

		// Xã Bình Phú, seen from the district: 14 264 then 13 388 of 14 753
		SubtreeHistory history = SubtreeHistory.load(queries, units.require("844"), JUNE);
		String binhPhu = String.valueOf(units.require("29287").id());
		assertThat(history.of(binhPhu).thisYear(Indicator.BHYT).at(5))
			.isEqualByComparingTo(CoverageRules.coverage(14264L, 14753L));
		assertThat(history.of(binhPhu).thisYear(Indicator.BHYT).at(6))
			.isEqualByComparingTo(CoverageRules.coverage(13388L, 14753L));
		assertThat(history.of(binhPhu).thisYear(Indicator.BHTN).at(5)).isNull();
	}

	@Test
	void theRankingPutsTheHighestAchievementFirstAndMarksTheDrop() {
		Dashboard dashboard = dashboards.dashboard(units.require("844"), JUNE);

		List<RankedUnit> ranking = dashboard.ranking();
		// Xã An Trường 96,34 % (101,41 %), Xã An Trường A 95,98 % (101,03 %) … Xã Huyền Hội 79,75 % (83,95 %)
		assertThat(ranking.get(0).unit().code()).isEqualTo("29275");
		assertThat(ranking.get(1).unit().code()).isEqualTo("29272");
		assertThat(ranking.get(13).unit().code()).isEqualTo("29278");
		assertThat(ranking).extracting(RankedUnit::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
		RankedUnit binhPhu = ranking.stream().filter(unit -> unit.unit().code().equals("29287")).findFirst().orElseThrow();
		assertThat(binhPhu.get(Indicator.BHYT).biggestDrop()).isTrue();
		// fell from above the target to below the line: far behind
		assertThat(binhPhu.get(Indicator.BHYT).pace().standing()).isEqualTo(Standing.FAR_BEHIND);
		assertThat(ranking.stream().filter(unit -> unit.get(Indicator.BHYT).biggestDrop())).hasSize(1);
		// An Trường A is above its target: ahead, whatever the line says
		assertThat(ranking.get(1).get(Indicator.BHYT).pace().standing()).isEqualTo(Standing.AHEAD);
	}

	@Test
	void binhPhusDropInJuneIsTheOnlyWarning() {
		Dashboard dashboard = dashboards.dashboard(units.require("844"), JUNE);

		assertThat(dashboard.warnings()).hasSize(1);
		Warning drop = dashboard.warnings().get(0);
		assertThat(drop.kind()).isEqualTo(Warning.Kind.DROP);
		assertThat(drop.unit().name()).isEqualTo("Xã Bình Phú");
		assertThat(drop.indicator()).isEqualTo(Indicator.BHYT);
		// 96,69 % → 90,75 %: −5,94 points
		assertThat(two(drop.changePoints())).isEqualByComparingTo("-5.94");
		assertThat(two(drop.referenceCoverage())).isEqualByComparingTo("96.69");
		assertThat(two(drop.coverage())).isEqualByComparingTo("90.75");
	}

	@Test
	void inMayEveryCommuneMissesItsBhxhAndBhtnFigures() {
		Dashboard dashboard = dashboards.dashboard(units.require("844"), MAY);

		assertThat(dashboard.incomplete()).isTrue();
		assertThat(dashboard.warnings()).hasSize(14)
			.allSatisfy(warning -> {
				assertThat(warning.kind()).isEqualTo(Warning.Kind.MISSING);
				assertThat(warning.indicators()).containsExactly(Indicator.BHXH, Indicator.BHTN);
			});
		assertThat(dashboard.card(Indicator.BHXH).missing()).isTrue();
		assertThat(dashboard.card(Indicator.BHXH).reported()).isZero();
		assertThat(dashboard.card(Indicator.BHXH).outlook().verdict()).isEqualTo(Verdict.NO_FIGURES);
		// a single month of BHYT: nothing to draw a line from
		assertThat(dashboard.card(Indicator.BHYT).outlook().verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
		assertThat(dashboard.card(Indicator.BHYT).outlook().neededPeoplePerMonth()).isNotNull();
	}

	@Test
	void theDropThresholdIsASetting() {
		DashboardService lenient = new DashboardService(gapTables, units, queries, schools,
				new DashboardSettings(new BigDecimal("6.00"), settings.slightlyBehindBand(), 3), dataVersion, meters);
		DashboardService strict = new DashboardService(gapTables, units, queries, schools,
				new DashboardSettings(new BigDecimal("5.93"), settings.slightlyBehindBand(), 3), dataVersion, meters);

		assertThat(lenient.dashboard(units.require("844"), JUNE).warnings()).isEmpty();
		assertThat(strict.dashboard(units.require("844"), JUNE).warnings()).hasSize(1);
		assertThat(settings.dropThresholdPoints()).isEqualByComparingTo("1.00");
		assertThat(settings.slightlyBehindBand()).isEqualByComparingTo("2.00");
	}

	private static BigDecimal two(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}
}
