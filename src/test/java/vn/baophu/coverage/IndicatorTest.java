package vn.baophu.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

/** {@link CoverageRules#indicator}: one indicator of one unit with last month and December of last year. */
class IndicatorTest {

	private static final TargetRate NINETY_FIVE = TargetRate.own(new BigDecimal("95.00"));

	/** Thị trấn Càng Long, BHYT, 30/06/2023 (population 13 737; 12 577 participants on 31/05). */
	private static final Counts JUNE = new Counts(13737L, 12787L);

	private static final Counts MAY = new Counts(13737L, 12577L);

	/** Invented December 2022, on last year's population. */
	private static final Counts DECEMBER = new Counts(13600L, 12500L);

	private static BigDecimal two(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	@Test
	void indicatorComputesEveryColumnUnrounded() {
		IndicatorResult result = CoverageRules.indicator(JUNE, MAY, DECEMBER, NINETY_FIVE);

		assertThat(result.denominator()).isEqualTo(13737L);
		assertThat(result.participants()).isEqualTo(12787L);
		assertThat(result.target()).isEqualTo(NINETY_FIVE);
		assertThat(result.coverage()).isEqualByComparingTo("93.08437067773167358229598893499308");
		assertThat(result.achievement()).isEqualByComparingTo("97.98354808182281429715367256315061");
		assertThat(result.remaining()).isEqualTo(263L);
		assertThat(result.changePoints()).isEqualByComparingTo("1.52871806071194583970299191963310");
		assertThat(result.changePointsSinceDecember()).isEqualByComparingTo("1.17260597184932064111951834675779");
		assertThat(result.changePeopleSinceDecember()).isEqualTo(287L);
		assertThat(result.missing()).isFalse();
	}

	@Test
	void changeSinceDecemberUsesLastYearsDenominator() {
		IndicatorResult result = CoverageRules.indicator(JUNE, MAY, DECEMBER, NINETY_FIVE);
		// on this year's population it would be 2.09 points
		assertThat(two(result.changePointsSinceDecember())).isEqualByComparingTo("1.17");
	}

	@Test
	void changeSinceLastMonthIsNegativeWhenCoverageDropped() {
		// Xã Bình Phú: 14 264 on 31/05, 13 388 on 30/06 of 14 753
		IndicatorResult result = CoverageRules.indicator(new Counts(14753L, 13388L), new Counts(14753L, 14264L),
				Counts.missing(), NINETY_FIVE);
		assertThat(two(result.changePoints())).isEqualByComparingTo("-5.94");
	}

	@Test
	void changeSinceDecemberInPeopleIsNegativeWhenParticipantsFell() {
		IndicatorResult result = CoverageRules.indicator(new Counts(100L, 90L), Counts.missing(),
				new Counts(100L, 93L), NINETY_FIVE);
		assertThat(result.changePeopleSinceDecember()).isEqualTo(-3L);
		assertThat(result.changePointsSinceDecember()).isEqualByComparingTo("-3");
	}

	@Test
	void missingMonthComputesNothingRatherThanZero() {
		IndicatorResult result = CoverageRules.indicator(new Counts(13737L, null), MAY, DECEMBER, NINETY_FIVE);

		assertThat(result.missing()).isTrue();
		assertThat(result.denominator()).isEqualTo(13737L);
		assertThat(result.participants()).isNull();
		assertThat(result.coverage()).isNull();
		assertThat(result.achievement()).isNull();
		assertThat(result.remaining()).isNull();
		assertThat(result.changePoints()).isNull();
		assertThat(result.changePointsSinceDecember()).isNull();
		assertThat(result.changePeopleSinceDecember()).isNull();
	}

	@Test
	void entirelyMissingCountsGiveAnEmptyResult() {
		IndicatorResult result = CoverageRules.indicator(Counts.missing(), Counts.missing(), Counts.missing(), null);
		assertThat(result).isEqualTo(new IndicatorResult(null, null, null, null, null, null, null, null, null));
	}

	@Test
	void missingPreviousMonthLeavesOnlyTheChangesEmpty() {
		IndicatorResult result = CoverageRules.indicator(JUNE, Counts.missing(), Counts.missing(), NINETY_FIVE);

		assertThat(result.coverage()).isNotNull();
		assertThat(result.remaining()).isEqualTo(263L);
		assertThat(result.changePoints()).isNull();
		assertThat(result.changePointsSinceDecember()).isNull();
		assertThat(result.changePeopleSinceDecember()).isNull();
	}

	@Test
	void previousMonthWithoutDenominatorGivesNoChangeInPoints() {
		IndicatorResult result = CoverageRules.indicator(JUNE, new Counts(null, 12577L), new Counts(null, 12500L),
				NINETY_FIVE);
		assertThat(result.changePoints()).isNull();
		assertThat(result.changePointsSinceDecember()).isNull();
		assertThat(result.changePeopleSinceDecember()).isEqualTo(287L);
	}

	@Test
	void missingDenominatorLeavesRatesAndRemainingEmpty() {
		IndicatorResult result = CoverageRules.indicator(new Counts(null, 12787L), MAY, DECEMBER, NINETY_FIVE);

		assertThat(result.participants()).isEqualTo(12787L);
		assertThat(result.coverage()).isNull();
		assertThat(result.achievement()).isNull();
		assertThat(result.remaining()).isNull();
		assertThat(result.changePoints()).isNull();
		assertThat(result.changePeopleSinceDecember()).isEqualTo(287L);
	}

	@Test
	void zeroDenominatorLeavesRatesEmpty() {
		IndicatorResult result = CoverageRules.indicator(new Counts(0L, 0L), Counts.missing(), Counts.missing(),
				NINETY_FIVE);
		assertThat(result.coverage()).isNull();
		assertThat(result.achievement()).isNull();
		assertThat(result.remaining()).isZero();
	}

	@Test
	void missingTargetLeavesAchievementAndRemainingEmptyButCoverageComputed() {
		IndicatorResult result = CoverageRules.indicator(JUNE, MAY, DECEMBER, null);

		assertThat(two(result.coverage())).isEqualByComparingTo("93.08");
		assertThat(result.target()).isNull();
		assertThat(result.achievement()).isNull();
		assertThat(result.remaining()).isNull();
		assertThat(result.changePoints()).isNotNull();
	}

	@Test
	void countsAreCompleteOnlyWithBothFigures() {
		assertThat(new Counts(1L, 1L).complete()).isTrue();
		assertThat(new Counts(1L, null).complete()).isFalse();
		assertThat(new Counts(null, 1L).complete()).isFalse();
		assertThat(Counts.missing().complete()).isFalse();
	}

}
