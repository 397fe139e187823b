package vn.baophu.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageRulesTest {

	private static final TargetRate NINETY_FIVE = TargetRate.own(new BigDecimal("95.00"));

	private static BigDecimal two(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	// ---- coverage ----

	@Test
	void coverageIsParticipantsOverDenominatorAsUnroundedPercentage() {
		assertThat(CoverageRules.coverage(12787L, 13737L))
			.isEqualByComparingTo("93.08437067773167358229598893499308");
	}

	@Test
	void coverageIsExactWhenTheQuotientTerminates() {
		assertThat(CoverageRules.coverage(1L, 8L)).isEqualByComparingTo("12.5");
		assertThat(CoverageRules.coverage(0L, 8L)).isEqualByComparingTo("0");
		assertThat(CoverageRules.coverage(8L, 8L)).isEqualByComparingTo("100");
	}

	@Test
	void coverageIsNullWhenParticipantsOrDenominatorMissing() {
		assertThat(CoverageRules.coverage(null, 13737L)).isNull();
		assertThat(CoverageRules.coverage(12787L, null)).isNull();
		assertThat(CoverageRules.coverage(null, null)).isNull();
	}

	@Test
	void coverageIsNullWhenDenominatorIsZero() {
		assertThat(CoverageRules.coverage(5L, 0L)).isNull();
		assertThat(CoverageRules.coverage(0L, 0L)).isNull();
	}

	// ---- achievement ----

	@Test
	void achievementIsCoverageOverTargetAsUnroundedPercentage() {
		BigDecimal coverage = CoverageRules.coverage(12787L, 13737L);
		assertThat(CoverageRules.achievement(coverage, NINETY_FIVE))
			.isEqualByComparingTo("97.98354808182281429715367256315061");
	}

	@Test
	void achievementIsAbove100WhenTargetExceeded() {
		BigDecimal coverage = CoverageRules.coverage(7397L, 7707L);
		assertThat(two(CoverageRules.achievement(coverage, NINETY_FIVE))).isEqualByComparingTo("101.03");
	}

	/** Xã Tân Bình and Xã Bình Phú, 30/06/2023: rounding coverage first would change the second decimal. */
	@ParameterizedTest(name = "{0}/{1} at 95 % -> {2} (not {3})")
	@CsvSource({ "10361, 11619, 93.87, 93.86", "13388, 14753, 95.52, 95.53", "1, 3, 35.09, 35.08" })
	void achievementIsComputedFromUnroundedCoverage(long participants, long denominator, String expected,
			String fromRoundedCoverage) {
		BigDecimal coverage = CoverageRules.coverage(participants, denominator);
		BigDecimal roundedFirst = CoverageRules.achievement(two(coverage), NINETY_FIVE);
		assertThat(two(roundedFirst)).isEqualByComparingTo(fromRoundedCoverage);

		assertThat(two(CoverageRules.achievement(coverage, NINETY_FIVE))).isEqualByComparingTo(expected);
	}

	@Test
	void achievementIsNullWhenTargetMissingOrZeroOrCoverageMissing() {
		BigDecimal coverage = new BigDecimal("93.08");
		assertThat(CoverageRules.achievement(coverage, null)).isNull();
		assertThat(CoverageRules.achievement(coverage, TargetRate.own(new BigDecimal("0.00")))).isNull();
		assertThat(CoverageRules.achievement(null, NINETY_FIVE)).isNull();
	}

	// ---- remaining ----

	@ParameterizedTest(name = "round_half_up({0} % x {1} - {2}) = {3}")
	@CsvSource({
			"95.00, 13737, 12787, 263", // 263.15
			"95.00, 15486, 12350, 2362", // 2361.70
			"95.00, 4623, 4181, 211", // 210.85
			"26.07, 7006, 1564, 262", // 262.4642
			"95.00, 14023, 13510, -188", // -188.15
			"95.00, 7707, 7397, -75", // -75.35
			"95.00, 10, 9, 1", // 0.5 rounds up
			"95.00, 30, 28, 1", // 0.5 rounds up
			"95.00, 10, 10, -1", // -0.5 rounds away from zero
			"50, 1, 76, -76", // -75.5 -> -76, like Excel ROUND
			"50, 3, 1, 1", // 0.5
			"95.00, 100, 95, 0" // exactly on target
	})
	void remainingIsTargetTimesDenominatorMinusParticipantsRoundedHalfUp(String rate, long denominator,
			long participants, long expected) {
		assertThat(CoverageRules.remaining(TargetRate.own(new BigDecimal(rate)), denominator, participants))
			.isEqualTo(expected);
	}

	@Test
	void remainingIsNegativeWhenTargetExceeded() {
		assertThat(CoverageRules.remaining(NINETY_FIVE, 7707L, 7397L)).isEqualTo(-75L);
	}

	@Test
	void remainingIsNullWhenTargetDenominatorOrParticipantsMissing() {
		assertThat(CoverageRules.remaining(null, 13737L, 12787L)).isNull();
		assertThat(CoverageRules.remaining(NINETY_FIVE, null, 12787L)).isNull();
		assertThat(CoverageRules.remaining(NINETY_FIVE, 13737L, null)).isNull();
	}

	@Test
	void remainingWithZeroDenominatorIsMinusParticipants() {
		assertThat(CoverageRules.remaining(NINETY_FIVE, 0L, 12L)).isEqualTo(-12L);
	}

	@Test
	void remainingOfARepeatingDerivedTargetStillRoundsAnExactHalfUp() {
		// (95 x 10 + 55 x 20) / 30 = 68.333...; x 30 / 100 = 20.5 exactly, but 68.33...33 x 30 = 2049.99...99
		TargetRate derived = TargetRate.weightedAverage(
				List.of(new WeightedRate(new BigDecimal("95"), 10), new WeightedRate(new BigDecimal("55"), 20)));
		assertThat(derived.percent()).isEqualByComparingTo("68.33333333333333333333333333333333");
		assertThat(CoverageRules.remaining(derived, 30L, 0L)).isEqualTo(21L);
		assertThat(CoverageRules.remaining(derived, 30L, 21L)).isEqualTo(-1L); // -0.5
		assertThat(CoverageRules.remaining(derived, 30L, 5L)).isEqualTo(16L); // 15.5
	}

	// ---- change in points ----

	@ParameterizedTest(name = "{0} - {1} = {2}")
	@CsvSource({ "93.08437, 91.55, 1.53437", "88.2, 94.14, -5.94", "90.00, 90, 0" })
	void changePointsIsCoverageNowMinusBeforeWithSign(String now, String before, String expected) {
		assertThat(CoverageRules.changePoints(new BigDecimal(now), new BigDecimal(before)))
			.isEqualByComparingTo(expected);
	}

	@Test
	void changePointsIsNullWhenEitherCoverageMissing() {
		assertThat(CoverageRules.changePoints(null, BigDecimal.TEN)).isNull();
		assertThat(CoverageRules.changePoints(BigDecimal.TEN, null)).isNull();
	}

	// ---- sums for parents ----

	@Test
	void sumOfPositiveGapsAddsOnlyWhatLaggingChildrenStillOwe() {
		assertThat(CoverageRules.sumOfPositiveGaps(Arrays.asList(263L, -75L, null, 0L, 202L))).isEqualTo(465L);
	}

	@Test
	void sumOfPositiveGapsIsZeroWhenNoChildLags() {
		assertThat(CoverageRules.sumOfPositiveGaps(Arrays.asList(-75L, -188L, null))).isZero();
		assertThat(CoverageRules.sumOfPositiveGaps(List.of())).isZero();
	}

	@Test
	void sumIfCompleteAddsAllValues() {
		assertThat(CoverageRules.sumIfComplete(List.of(13737L, 7707L, 0L))).isEqualTo(21444L);
	}

	@Test
	void sumIfCompleteIsNullWhenAnyChildIsMissing() {
		assertThat(CoverageRules.sumIfComplete(Arrays.asList(13737L, null, 7707L))).isNull();
	}

	@Test
	void sumIfCompleteIsNullForNoChildren() {
		assertThat(CoverageRules.sumIfComplete(List.of())).isNull();
	}

}
