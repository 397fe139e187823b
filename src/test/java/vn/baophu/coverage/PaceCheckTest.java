package vn.baophu.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.baophu.coverage.PaceCheck.Standing;

/** The colour of a card: how far behind the straight line to the target the unit is. */
class PaceCheckTest {

	private static final BigDecimal BAND = new BigDecimal("2");

	private static BigDecimal p(String percent) {
		return new BigDecimal(percent);
	}

	private static CoverageYear decemberAndJune(String december, String june) {
		return CoverageYear.of(p(december), null, null, null, null, null, p(june));
	}

	@Test
	void theExpectedCoverageRunsStraightFromLastDecemberToTheTarget() {
		// 80 + (92 − 80) × 6 / 12 = 86; 86 / 92 = 93,48 % expected achievement
		PaceCheck check = PaceCheck.of(6, decemberAndJune("80", "86"), TargetRate.own(p("92")), BAND);

		assertThat(check.expectedCoverage()).isEqualByComparingTo("86");
		assertThat(check.expectedAchievement().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("93.48");
		assertThat(check.shortfallPoints()).isEqualByComparingTo("0");
		assertThat(check.standing()).isEqualTo(Standing.AHEAD);
	}

	/** Target 100 %, so achievement points equal coverage points: expected 90 in June from 80 in December. */
	@ParameterizedTest(name = "June {0}, band {1} -> {2}")
	@CsvSource({ "91, 2, AHEAD", "90, 2, AHEAD", "89, 2, SLIGHTLY_BEHIND", "88, 2, SLIGHTLY_BEHIND",
			"87.99, 2, FAR_BEHIND", "85, 2, FAR_BEHIND", "85, 5, SLIGHTLY_BEHIND", "89.99, 0, FAR_BEHIND" })
	void threeClassesWithAConfigurableBand(String june, String band, Standing standing) {
		PaceCheck check = PaceCheck.of(6, decemberAndJune("80", june), TargetRate.own(p("100")), p(band));

		assertThat(check.expectedCoverage()).isEqualByComparingTo("90");
		assertThat(check.shortfallPoints()).isEqualByComparingTo(p("90").subtract(p(june)));
		assertThat(check.standing()).isEqualTo(standing);
	}

	@Test
	void theShortfallIsInAchievementPointsSoSmallTargetsAreJudgedFairly() {
		// voluntary BHXH, target 6 %: Dec 4, expected in June 5; 4,8 is 0,2 coverage points behind = 3,33 achievement points
		PaceCheck check = PaceCheck.of(6, decemberAndJune("4", "4.8"), TargetRate.own(p("6")), BAND);

		assertThat(check.expectedCoverage()).isEqualByComparingTo("5");
		assertThat(check.shortfallPoints().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("3.33");
		assertThat(check.standing()).isEqualTo(Standing.FAR_BEHIND);
	}

	@Test
	void withoutDecemberTheLineStartsAtTheFirstMonthWithFigures() {
		// March 70, target 79: 70 + 9 × (6 − 3) / (12 − 3) = 73 in June
		CoverageYear year = CoverageYear.of(null, null, null, p("70"), null, null, p("72.5"));

		PaceCheck check = PaceCheck.of(6, year, TargetRate.own(p("79")), BAND);

		assertThat(check.expectedCoverage()).isEqualByComparingTo("73");
		assertThat(check.standing()).isEqualTo(Standing.SLIGHTLY_BEHIND);
	}

	@Test
	void aUnitAtOrAboveItsTargetIsAheadEvenBelowTheLine() {
		// Dec 99, target 95: the line falls to 97 in June; 96 is below the line but above the target
		PaceCheck check = PaceCheck.of(6, decemberAndJune("99", "96"), TargetRate.own(p("95")), BAND);

		assertThat(check.expectedCoverage()).isEqualByComparingTo("97");
		assertThat(check.standing()).isEqualTo(Standing.AHEAD);
	}

	@Test
	void aUnitThatFellBelowItsTargetIsBehind() {
		// Dec 99, June 94, target 95: expected 97 → 102,11 %, achieved 98,95 %: 3,16 points behind
		PaceCheck check = PaceCheck.of(6, decemberAndJune("99", "94"), TargetRate.own(p("95")), BAND);

		assertThat(check.shortfallPoints().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("3.16");
		assertThat(check.standing()).isEqualTo(Standing.FAR_BEHIND);
	}

	@Test
	void aSingleMonthSaysNothingAboutThePaceUnlessTheTargetIsReached() {
		CoverageYear behind = CoverageYear.of(null, null, null, null, null, null, p("89"));
		CoverageYear above = CoverageYear.of(null, null, null, null, null, null, p("96"));

		assertThat(PaceCheck.of(6, behind, TargetRate.own(p("95")), BAND).standing()).isEqualTo(Standing.UNKNOWN);
		assertThat(PaceCheck.of(6, behind, TargetRate.own(p("95")), BAND).expectedCoverage()).isNull();
		assertThat(PaceCheck.of(6, above, TargetRate.own(p("95")), BAND).standing()).isEqualTo(Standing.AHEAD);
	}

	@Test
	void unknownWithoutFiguresOrTarget() {
		CoverageYear year = decemberAndJune("80", "86");

		assertThat(PaceCheck.of(5, year, TargetRate.own(p("92")), BAND).standing()).isEqualTo(Standing.UNKNOWN);
		assertThat(PaceCheck.of(6, year, null, BAND).standing()).isEqualTo(Standing.UNKNOWN);
		assertThat(PaceCheck.of(6, year, TargetRate.own(p("0")), BAND).standing()).isEqualTo(Standing.UNKNOWN);
	}

	@Test
	void huyenCangLongBhytJune2023IsSlightlyBehind() {
		// from May 88,4689 % the line to 95 % by December gives 89,4019 % in June: 94,11 % expected
		// achievement against 93,80 % achieved, 0,31 points behind
		CoverageYear year = CoverageYear.of(null, null, null, null, null, CoverageRules.coverage(131647L, 148806L),
				CoverageRules.coverage(132600L, 148806L));

		PaceCheck check = PaceCheck.of(6, year, TargetRate.own(p("95.00")), BAND);

		assertThat(check.expectedCoverage().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("89.40");
		assertThat(check.expectedAchievement().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("94.11");
		assertThat(check.shortfallPoints().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("0.31");
		assertThat(check.standing()).isEqualTo(Standing.SLIGHTLY_BEHIND);
	}
}
