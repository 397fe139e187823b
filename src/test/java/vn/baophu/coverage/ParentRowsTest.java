package vn.baophu.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A parent's figures are the sums of its children; its rates are recomputed from the sums, its target
 * is its own or the denominator-weighted average of the children's (derived).
 */
class ParentRowsTest {

	/** Child A: 1 of 2 (50 %), target 80 %. Child B: 97 of 100 (97 %), target 95 %. */
	private static final Counts A = new Counts(2L, 1L);

	private static final Counts B = new Counts(100L, 97L);

	private static final TargetRate A_TARGET = TargetRate.own(new BigDecimal("80"));

	private static final TargetRate B_TARGET = TargetRate.own(new BigDecimal("95"));

	private static Counts parent(Counts... children) {
		return new Counts(CoverageRules.sumIfComplete(Arrays.stream(children).map(Counts::denominator).toList()),
				CoverageRules.sumIfComplete(Arrays.stream(children).map(Counts::participants).toList()));
	}

	private static BigDecimal two(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	@Test
	void parentCoverageComesFromSumsNotFromAverageOfChildCoverages() {
		Counts parent = parent(A, B);
		assertThat(parent).isEqualTo(new Counts(102L, 98L));

		IndicatorResult result = CoverageRules.indicator(parent, Counts.missing(), Counts.missing(), B_TARGET);
		// 98 / 102 = 96,08 %, while (50 % + 97 %) / 2 = 73,50 %
		assertThat(two(result.coverage())).isEqualByComparingTo("96.08");
		assertThat(two(result.coverage())).isNotEqualByComparingTo("73.50");
	}

	@Test
	void parentWithoutOwnTargetUsesDenominatorWeightedAverageMarkedDerived() {
		TargetRate derived = TargetRate.weightedAverage(
				List.of(WeightedRate.ofNullable(A_TARGET, A.denominator()), WeightedRate.ofNullable(B_TARGET, B.denominator())));
		// (80 × 2 + 95 × 100) / 102 = 94,7059 %, not the plain average 87,5 %
		assertThat(two(derived.percent())).isEqualByComparingTo("94.71");
		assertThat(derived.derived()).isTrue();

		IndicatorResult result = CoverageRules.indicator(parent(A, B), Counts.missing(), Counts.missing(), derived);
		assertThat(result.target().derived()).isTrue();
		// derived target × 102 = 1,6 + 95 = 96,6 people; 96,6 − 98 = −1,4 → −1
		assertThat(result.remaining()).isEqualTo(-1L);
		// 96,0784 / 94,7059 = 101,45 %
		assertThat(two(result.achievement())).isEqualByComparingTo("101.45");
	}

	@Test
	void parentOwnTargetWinsOverChildrenTargets() {
		TargetRate own = TargetRate.own(new BigDecimal("90"));
		IndicatorResult result = CoverageRules.indicator(parent(A, B), Counts.missing(), Counts.missing(), own);
		assertThat(result.target().derived()).isFalse();
		// 90 % × 102 − 98 = −6,2 → −6
		assertThat(result.remaining()).isEqualTo(-6L);
	}

	@Test
	void parentRemainingDiffersFromSumOfChildrenPositiveGaps() {
		TargetRate target = TargetRate.own(new BigDecimal("95"));
		Long a = CoverageRules.remaining(target, A.denominator(), A.participants()); // 1,9 − 1 = 0,9 → 1
		Long b = CoverageRules.remaining(target, B.denominator(), B.participants()); // 95 − 97 = −2
		Counts parent = parent(A, B);
		Long parentRemaining = CoverageRules.remaining(target, parent.denominator(), parent.participants());

		assertThat(a).isEqualTo(1L);
		assertThat(b).isEqualTo(-2L);
		assertThat(CoverageRules.sumOfPositiveGaps(Arrays.asList(a, b))).isEqualTo(1L);
		assertThat(parentRemaining).isEqualTo(-1L); // 96,9 − 98 = −1,1
	}

	@Test
	void parentWithAMissingChildIsMissing() {
		Counts parent = parent(A, new Counts(100L, null));
		assertThat(parent.participants()).isNull();
		assertThat(parent.denominator()).isEqualTo(102L);

		IndicatorResult result = CoverageRules.indicator(parent, Counts.missing(), Counts.missing(),
				TargetRate.own(new BigDecimal("95")));
		assertThat(result.missing()).isTrue();
		assertThat(result.coverage()).isNull();
		assertThat(result.remaining()).isNull();
	}

}
