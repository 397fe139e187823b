package vn.baophu.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.coverage.PaceCheck.Standing;
import vn.baophu.coverage.YearEndOutlook.Verdict;
import vn.baophu.figures.FiguresService;
import vn.baophu.figures.MonthlyCounts;
import vn.baophu.shared.Indicator;
import vn.baophu.support.BaophuTest;
import vn.baophu.target.DenominatorValues;
import vn.baophu.target.TargetService;
import vn.baophu.target.TargetValue;
import vn.baophu.unit.UnitDraft;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparisons with last year on a tree of our own: province DP → district DD → communes DC1 (1 000
 * people, target 90 %) and DC2 (2 000 people, target 95 %), BHYT from December 2022 to June 2024.
 * Rolled back after each test.
 */
@BaophuTest
@Transactional
class DashboardHistoryTests {

	private static final YearMonth JUNE = YearMonth.of(2024, 6);

	@Autowired
	UnitService units;

	@Autowired
	TargetService targets;

	@Autowired
	FiguresService figures;

	@Autowired
	DashboardService dashboards;

	@BeforeEach
	void buildTree() {
		units.save(List.of(new UnitDraft(2, "DP", "Tỉnh Thử", UnitKind.TINH, null),
				new UnitDraft(3, "DD", "Huyện Thử", UnitKind.HUYEN, "DP"),
				new UnitDraft(4, "DC1", "Xã Một", UnitKind.XA, "DD"),
				new UnitDraft(5, "DC2", "Xã Hai", UnitKind.XA, "DD")));
		List<DenominatorValues> denominators = new ArrayList<>();
		for (int year = 2022; year <= 2024; year++) {
			denominators.add(new DenominatorValues(id("DC1"), year, 1000L, 500L, "test"));
			denominators.add(new DenominatorValues(id("DC2"), year, 2000L, 1000L, "test"));
		}
		targets.saveDenominators(denominators);
		targets.saveTargets(List.of(bhytTarget("DC1", "90"), bhytTarget("DC2", "95")));
		// DC1: 800 → 820 (June 2023) → 900 (Dec 2023) → 905 (May 2024) → 810 (June 2024)
		// DC2: 1 800 → 1 830 → 1 900 → 1 910 → 1 950; in March 2024 only DC1 reported
		figures.save(List.of(bhyt("DC1", 2022, 12, 800), bhyt("DC2", 2022, 12, 1800),
				bhyt("DC1", 2023, 6, 820), bhyt("DC2", 2023, 6, 1830),
				bhyt("DC1", 2023, 12, 900), bhyt("DC2", 2023, 12, 1900),
				bhyt("DC1", 2024, 3, 902),
				bhyt("DC1", 2024, 5, 905), bhyt("DC2", 2024, 5, 1910),
				bhyt("DC1", 2024, 6, 810), bhyt("DC2", 2024, 6, 1950)), "test");
	}

	@Test
	void theTrendSetsThisYearAgainstLastYearAndAMonthWithAMissingCommuneIsMissing() {
		Dashboard dashboard = dashboards.dashboard(units.require("DD"), JUNE);

		Trend.Series bhyt = dashboard.trend().of(Indicator.BHYT);
		assertThat(dashboard.trend().year()).isEqualTo(2024);
		// June 2023: 2 650 / 3 000; December 2023: 2 800 / 3 000
		assertThat(two(bhyt.lastYear().get(5))).isEqualByComparingTo("88.33");
		assertThat(two(bhyt.lastYear().get(11))).isEqualByComparingTo("93.33");
		assertThat(bhyt.lastYear().get(4)).isNull();
		// March 2024: DC1 alone reported, so the district is missing (not 902 / 3 000)
		assertThat(bhyt.thisYear().get(2)).isNull();
		assertThat(bhyt.participantsThisYear().get(2)).isNull();
		assertThat(two(bhyt.thisYear().get(4))).isEqualByComparingTo("93.83");
		assertThat(bhyt.thisYear().get(5)).isEqualByComparingTo("92");
		assertThat(bhyt.participantsLastYear().get(5)).isEqualTo(2650L);

		Card card = dashboard.card(Indicator.BHYT);
		assertThat(card.result().changePeopleSinceDecember()).isEqualTo(-40L);
		assertThat(two(card.result().changePointsSinceDecember())).isEqualByComparingTo("-1.33");
	}

	@Test
	void lastYearsSecondHalfLiftsTheProjection() {
		Dashboard dashboard = dashboards.dashboard(units.require("DD"), JUNE);

		// target (90 × 1 000 + 95 × 2 000) / 3 000 = 93,33 % (derived). This year: Dec 93,33 → June 92,00, so the
		// straight line ends at 92 − 1,33 = 90,67. Last year: Dec 86,67 → June 88,33 (+1,67 in six months) →
		// Dec 93,33 (+5,00 in the next six): a seasonal correction of 5,00 − 1,67 = +3,33 → 94,00 ≥ 93,33
		Card card = dashboard.card(Indicator.BHYT);
		assertThat(card.result().target().derived()).isTrue();
		assertThat(card.outlook().baselineMonth()).isZero();
		assertThat(two(card.outlook().pacePointsPerMonth())).isEqualByComparingTo("-0.22");
		assertThat(two(card.outlook().seasonalCorrectionPoints())).isEqualByComparingTo("3.33");
		assertThat(two(card.outlook().projectedCoverage())).isEqualByComparingTo("94.00");
		assertThat(card.outlook().verdict()).isEqualTo(Verdict.ON_TRACK);
		// 2 800 − 2 760 = 40 people over 6 months: 6,67 → 7
		assertThat(card.result().remaining()).isEqualTo(40L);
		assertThat(card.outlook().neededPeoplePerMonth()).isEqualTo(7L);
		// the line from December (93,33) to the target (93,33) is flat: 92 is 1,43 achievement points behind
		assertThat(card.pace().standing()).isEqualTo(Standing.SLIGHTLY_BEHIND);
	}

	@Test
	void aCommuneBelowLastYearAndAfterADropIsWarnedAbout() {
		Dashboard dashboard = dashboards.dashboard(units.require("DD"), JUNE);

		List<Warning> bhyt = dashboard.warnings().stream()
			.filter(warning -> warning.indicators().contains(Indicator.BHYT))
			.toList();
		assertThat(bhyt).extracting(Warning::kind, warning -> warning.unit().code())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Warning.Kind.DROP, "DC1"),
					org.assertj.core.groups.Tuple.tuple(Warning.Kind.BELOW_LAST_YEAR, "DC1"));
		// 90,5 % → 81,0 %; 81,0 % against 82,0 % in June 2023
		assertThat(bhyt.get(0).changePoints()).isEqualByComparingTo("-9.5");
		assertThat(bhyt.get(1).changePoints()).isEqualByComparingTo("-1");
		assertThat(bhyt.get(1).referenceCoverage()).isEqualByComparingTo("82");
		// no BHXH or BHTN figures at all: both communes are missing them
		assertThat(dashboard.warnings().subList(2, 4)).allSatisfy(warning -> {
			assertThat(warning.kind()).isEqualTo(Warning.Kind.MISSING);
			assertThat(warning.indicators()).containsExactly(Indicator.BHXH, Indicator.BHTN);
		});
	}

	@Test
	void aCommuneAboveItsTargetHasMetItAndLeadsTheRanking() {
		Dashboard district = dashboards.dashboard(units.require("DD"), JUNE);

		RankedUnit first = district.ranking().get(0);
		assertThat(first.unit().code()).isEqualTo("DC2");
		assertThat(first.rank()).isEqualTo(1);
		assertThat(first.get(Indicator.BHYT).pace().standing()).isEqualTo(Standing.AHEAD);
		assertThat(first.get(Indicator.BHYT).lastYearCoverage()).isEqualByComparingTo("91.5");
		RankedUnit second = district.ranking().get(1);
		// DC1: the line from December (90 %) to its 90 % target is flat; 81 % is 10 achievement points behind
		assertThat(second.get(Indicator.BHYT).pace().standing()).isEqualTo(Standing.FAR_BEHIND);
		assertThat(second.get(Indicator.BHYT).biggestDrop()).isTrue();
		assertThat(first.get(Indicator.BHYT).biggestDrop()).isFalse();

		// DC2's own dashboard: 97,5 % of 95 %, remaining (50): met, nothing needed
		Card card = dashboards.dashboard(units.require("DC2"), JUNE).card(Indicator.BHYT);
		assertThat(card.result().remaining()).isEqualTo(-50L);
		assertThat(card.outlook().verdict()).isEqualTo(Verdict.MET);
		assertThat(card.outlook().neededPeoplePerMonth()).isZero();
		assertThat(card.pace().standing()).isEqualTo(Standing.AHEAD);
	}

	@Test
	void theDashboardReflectsFiguresTheMomentTheyAreSaved() {
		assertThat(dashboards.dashboard(units.require("DP"), JUNE).warnings())
			.extracting(Warning::kind).contains(Warning.Kind.DROP);

		figures.save(List.of(bhyt("DC1", 2024, 6, 905)), "test");

		Dashboard province = dashboards.dashboard(units.require("DP"), JUNE);
		// the district now rose from 2 815 to 2 855
		assertThat(province.warnings()).extracting(Warning::kind).doesNotContain(Warning.Kind.DROP);
		assertThat(province.trend().of(Indicator.BHYT).participantsThisYear().get(5)).isEqualTo(2855L);
	}

	private static BigDecimal two(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	private TargetValue bhytTarget(String code, String rate) {
		return new TargetValue(id(code), 2024, Indicator.BHYT, new BigDecimal(rate), "QĐ thử");
	}

	private MonthlyCounts bhyt(String code, int year, int month, long participants) {
		return new MonthlyCounts(id(code), YearMonth.of(year, month), participants, null, null, null);
	}

	private long id(String code) {
		return units.findByCode(code).orElseThrow().id();
	}
}
