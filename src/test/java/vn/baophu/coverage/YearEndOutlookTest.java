package vn.baophu.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.baophu.coverage.YearEndOutlook.Verdict;

/** The year-end projection and the pace still needed, on examples worked by hand (see each comment). */
class YearEndOutlookTest {

	private static final int JUNE = 6;

	private static BigDecimal p(String percent) {
		return new BigDecimal(percent);
	}

	private static TargetRate target(String percent) {
		return TargetRate.own(p(percent));
	}

	private static BigDecimal two(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/** Dec 80, then +0,5 a month to 83 in June. */
	private static final CoverageYear STEADY = CoverageYear.of(p("80"), p("80.5"), p("81"), p("81.5"), p("82"),
			p("82.5"), p("83"));

	@Test
	void projectsTheAverageMonthlyChangeSinceDecemberToTheEndOfTheYear() {
		// pace (83 − 80) / 6 = 0,5 a month; 83 + 0,5 × 6 = 86 < 90: off track.
		// 10 000 people, 8 300 covered, target 90 %: remaining 700; 700 / 6 = 116,67 → 117 (up); (90 − 83) / 6 points
		YearEndOutlook outlook = YearEndOutlook.of(JUNE, STEADY, CoverageYear.empty(), target("90"), 700L);

		assertThat(outlook.verdict()).isEqualTo(Verdict.OFF_TRACK);
		assertThat(outlook.baselineMonth()).isZero();
		assertThat(outlook.monthsLeft()).isEqualTo(6);
		assertThat(outlook.pacePointsPerMonth()).isEqualByComparingTo("0.5");
		assertThat(outlook.projectedCoverage()).isEqualByComparingTo("86");
		assertThat(outlook.seasonallyAdjusted()).isFalse();
		assertThat(outlook.neededPeoplePerMonth()).isEqualTo(117L);
		assertThat(two(outlook.neededPointsPerMonth())).isEqualByComparingTo("1.17");
	}

	@Test
	void withoutDecemberThePaceRunsFromTheFirstMonthWithFigures() {
		// March 70, (April, May missing), June 73: pace 3 / 3 = 1; 73 + 6 = 79 ≥ 78: on track.
		// 1 000 people, 730 covered, target 78 %: remaining 50; 50 / 6 = 8,33 → 9
		CoverageYear year = CoverageYear.of(null, null, null, p("70"), null, null, p("73"));

		YearEndOutlook outlook = YearEndOutlook.of(JUNE, year, CoverageYear.empty(), target("78"), 50L);

		assertThat(outlook.baselineMonth()).isEqualTo(3);
		assertThat(outlook.pacePointsPerMonth()).isEqualByComparingTo("1");
		assertThat(outlook.projectedCoverage()).isEqualByComparingTo("79");
		assertThat(outlook.verdict()).isEqualTo(Verdict.ON_TRACK);
		assertThat(outlook.neededPeoplePerMonth()).isEqualTo(9L);
	}

	@Test
	void aSingleMonthOfDataHasNoPaceButStillANeededPace() {
		CoverageYear year = CoverageYear.of(null, null, null, null, null, null, p("73"));

		YearEndOutlook outlook = YearEndOutlook.of(JUNE, year, CoverageYear.empty(), target("78"), 50L);

		assertThat(outlook.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
		assertThat(outlook.pacePointsPerMonth()).isNull();
		assertThat(outlook.projectedCoverage()).isNull();
		assertThat(outlook.baselineMonth()).isNull();
		assertThat(outlook.neededPeoplePerMonth()).isEqualTo(9L);
		// (78 − 73) / 6 = 0,8333…
		assertThat(two(outlook.neededPointsPerMonth())).isEqualByComparingTo("0.83");
	}

	@Test
	void aUnitAboveItsTargetHasMetItAndNeedsNothing() {
		// Xã An Trường A, June 2023: 95,98 % of a 95 % target, remaining (75)
		CoverageYear year = CoverageYear.of(p("96"), null, null, null, null, null, p("96.5"));

		YearEndOutlook outlook = YearEndOutlook.of(JUNE, year, CoverageYear.empty(), target("95"), -75L);

		assertThat(outlook.verdict()).isEqualTo(Verdict.MET);
		assertThat(outlook.neededPeoplePerMonth()).isZero();
		assertThat(outlook.neededPointsPerMonth()).isEqualByComparingTo("0");
		// the projection is still shown: 96,5 + (0,5 / 6) × 6 = 97
		assertThat(outlook.projectedCoverage()).isEqualByComparingTo("97");
	}

	@Test
	void aUnitAboveItsTargetWithASingleMonthHasMetItWithoutAProjection() {
		CoverageYear year = CoverageYear.of(null, null, null, null, null, null, p("95.98"));

		YearEndOutlook outlook = YearEndOutlook.of(JUNE, year, CoverageYear.empty(), target("95"), -75L);

		assertThat(outlook.verdict()).isEqualTo(Verdict.MET);
		assertThat(outlook.projectedCoverage()).isNull();
		assertThat(outlook.neededPeoplePerMonth()).isZero();
	}

	@Test
	void lastYearsSeasonalPatternCorrectsTheStraightLine() {
		// last year: Dec 78 → June 79,2 (pace 0,2) → Dec 80: the second half gained 0,8 where its own pace
		// promised 1,2, so this year's straight line 86 is lowered by 0,4 to 85,6
		CoverageYear lastYear = CoverageYear.of(p("78"), null, null, null, null, null, p("79.2"), null, null, null, null,
				null, p("80"));

		YearEndOutlook outlook = YearEndOutlook.of(JUNE, STEADY, lastYear, target("90"), 700L);

		assertThat(outlook.seasonallyAdjusted()).isTrue();
		assertThat(outlook.seasonalCorrectionPoints()).isEqualByComparingTo("-0.4");
		assertThat(outlook.projectedCoverage()).isEqualByComparingTo("85.6");
		assertThat(outlook.verdict()).isEqualTo(Verdict.OFF_TRACK);
	}

	@Test
	void aStrongSecondHalfLastYearRaisesTheProjection() {
		// last year: Dec 78 → June 78,6 (pace 0,1) → Dec 80: +1,4 where 0,6 was the pace, so +0,8: 86,8 ≥ 86,5
		CoverageYear lastYear = CoverageYear.of(p("78"), null, null, null, null, null, p("78.6"), null, null, null, null,
				null, p("80"));

		YearEndOutlook outlook = YearEndOutlook.of(JUNE, STEADY, lastYear, target("86.5"), 350L);

		assertThat(outlook.seasonalCorrectionPoints()).isEqualByComparingTo("0.8");
		assertThat(outlook.projectedCoverage()).isEqualByComparingTo("86.8");
		assertThat(outlook.verdict()).isEqualTo(Verdict.ON_TRACK);
	}

	@Test
	void noSeasonalCorrectionWhenLastYearLacksTheBaselineTheMonthOrDecember() {
		CoverageYear noDecember = CoverageYear.of(p("78"), null, null, null, null, null, p("79.2"));
		CoverageYear noJune = CoverageYear.of(p("78"), null, null, null, null, null, null, null, null, null, null, null,
				p("80"));
		CoverageYear noBaseline = CoverageYear.of(null, null, null, null, null, null, p("79.2"), null, null, null, null,
				null, p("80"));

		for (CoverageYear lastYear : new CoverageYear[] { noDecember, noJune, noBaseline }) {
			YearEndOutlook outlook = YearEndOutlook.of(JUNE, STEADY, lastYear, target("90"), 700L);
			assertThat(outlook.seasonalCorrectionPoints()).isNull();
			assertThat(outlook.projectedCoverage()).isEqualByComparingTo("86");
		}
	}

	@Test
	void theSeasonalCorrectionUsesTheSameBaselineMonthAsThisYear() {
		// this year from March (70) to June (73); last year March 60, June 61 (pace 1/3), Dec 64: +3 where 2 was due
		CoverageYear thisYear = CoverageYear.of(null, null, null, p("70"), null, null, p("73"));
		CoverageYear lastYear = CoverageYear.of(p("59"), null, null, p("60"), null, null, p("61"), null, null, null, null,
				null, p("64"));

		YearEndOutlook outlook = YearEndOutlook.of(JUNE, thisYear, lastYear, target("85"), 1200L);

		assertThat(outlook.seasonalCorrectionPoints()).isEqualByComparingTo("1");
		assertThat(outlook.projectedCoverage()).isEqualByComparingTo("80");
	}

	@Test
	void aFallingCoverageIsNeverProjectedBelowZero() {
		CoverageYear year = CoverageYear.of(null, null, null, p("5"), null, null, p("2"));

		YearEndOutlook outlook = YearEndOutlook.of(JUNE, year, CoverageYear.empty(), target("10"), 800L);

		assertThat(outlook.pacePointsPerMonth()).isEqualByComparingTo("-1");
		assertThat(outlook.projectedCoverage()).isEqualByComparingTo("0");
		assertThat(outlook.verdict()).isEqualTo(Verdict.OFF_TRACK);
	}

	@Test
	void inDecemberTheProjectionIsTheCoverageAndNoMonthIsLeft() {
		CoverageYear year = CoverageYear.of(p("85"), null, null, null, null, null, null, null, null, null, null, null,
				p("88"));

		YearEndOutlook missed = YearEndOutlook.of(12, year, CoverageYear.empty(), target("90"), 200L);
		assertThat(missed.monthsLeft()).isZero();
		assertThat(missed.projectedCoverage()).isEqualByComparingTo("88");
		assertThat(missed.pacePointsPerMonth()).isEqualByComparingTo("0.25");
		assertThat(missed.verdict()).isEqualTo(Verdict.OFF_TRACK);
		assertThat(missed.neededPeoplePerMonth()).isNull();
		assertThat(missed.neededPointsPerMonth()).isNull();

		YearEndOutlook met = YearEndOutlook.of(12, year, CoverageYear.empty(), target("88"), 0L);
		assertThat(met.verdict()).isEqualTo(Verdict.MET);
		assertThat(met.neededPeoplePerMonth()).isZero();
	}

	@Test
	void inJanuaryThePaceIsTheChangeSinceDecember() {
		CoverageYear year = CoverageYear.of(p("80"), p("80.3"));

		YearEndOutlook outlook = YearEndOutlook.of(1, year, CoverageYear.empty(), target("85"), 470L);

		assertThat(outlook.pacePointsPerMonth()).isEqualByComparingTo("0.3");
		// 80,3 + 0,3 × 11 = 83,6
		assertThat(outlook.projectedCoverage()).isEqualByComparingTo("83.6");
		// 470 / 11 = 42,7 → 43
		assertThat(outlook.neededPeoplePerMonth()).isEqualTo(43L);
	}

	@ParameterizedTest(name = "{0} people over {1} months -> {2} a month")
	@CsvSource({ "1200, 6, 200", "1201, 6, 201", "5, 11, 1", "1, 1, 1", "8766, 6, 1461", "8767, 6, 1462" })
	void thePeopleNeededPerMonthAreRoundedUp(long remaining, int monthsLeft, long perMonth) {
		int month = 12 - monthsLeft;
		BigDecimal[] months = new BigDecimal[month];
		months[month - 1] = p("50");
		CoverageYear year = CoverageYear.of(null, months);

		assertThat(YearEndOutlook.of(month, year, CoverageYear.empty(), target("99"), remaining).neededPeoplePerMonth())
			.isEqualTo(perMonth);
	}

	@Test
	void withoutFiguresForTheMonthNothingIsComputed() {
		CoverageYear year = CoverageYear.of(p("80"), p("81"));

		YearEndOutlook outlook = YearEndOutlook.of(JUNE, year, CoverageYear.empty(), target("90"), null);

		assertThat(outlook.verdict()).isEqualTo(Verdict.NO_FIGURES);
		assertThat(outlook.projectedCoverage()).isNull();
		assertThat(outlook.pacePointsPerMonth()).isNull();
		assertThat(outlook.neededPeoplePerMonth()).isNull();
		assertThat(outlook.neededPointsPerMonth()).isNull();
	}

	@Test
	void withoutATargetTheProjectionStandsButNothingIsNeeded() {
		YearEndOutlook outlook = YearEndOutlook.of(JUNE, STEADY, CoverageYear.empty(), null, null);

		assertThat(outlook.verdict()).isEqualTo(Verdict.NO_TARGET);
		assertThat(outlook.projectedCoverage()).isEqualByComparingTo("86");
		assertThat(outlook.neededPeoplePerMonth()).isNull();
		assertThat(outlook.neededPointsPerMonth()).isNull();
	}

	@Test
	void huyenCangLongBhytJune2023() {
		// May 131 647 and June 132 600 of 148 806 people, no December: pace = 953 / 148 806 = 0,6404 points;
		// 31/12: (132 600 + 6 × 953) / 148 806 = 92,95 % < 95 %; remaining 8 766 / 6 = 1 461 a month
		BigDecimal may = CoverageRules.coverage(131647L, 148806L);
		BigDecimal june = CoverageRules.coverage(132600L, 148806L);
		CoverageYear year = CoverageYear.of(null, null, null, null, null, may, june);

		YearEndOutlook outlook = YearEndOutlook.of(JUNE, year, CoverageYear.empty(), target("95.00"),
				CoverageRules.remaining(target("95.00"), 148806L, 132600L));

		assertThat(two(outlook.pacePointsPerMonth())).isEqualByComparingTo("0.64");
		assertThat(two(outlook.projectedCoverage())).isEqualByComparingTo("92.95");
		assertThat(outlook.verdict()).isEqualTo(Verdict.OFF_TRACK);
		assertThat(outlook.neededPeoplePerMonth()).isEqualTo(1461L);
		// (95 − 89,1093) / 6 = 0,9818
		assertThat(two(outlook.neededPointsPerMonth())).isEqualByComparingTo("0.98");
	}

	@Test
	void refusesMonthsOutsideTheYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> YearEndOutlook.of(0, STEADY, STEADY, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> YearEndOutlook.of(13, STEADY, STEADY, null, null));
	}
}
