package vn.baophu.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TargetRateTest {

	@Test
	void ownTargetIsNotDerived() {
		TargetRate own = TargetRate.own(new BigDecimal("22.69"));
		assertThat(own.percent()).isEqualByComparingTo("22.69");
		assertThat(own.derived()).isFalse();
	}

	@Test
	void derivedTargetIsWeightedSumOverTotalWeightAndMarkedDerived() {
		// 95 % of 13 737 and 90 % of 7 707: (1 305 015 + 693 630) / 21 444
		TargetRate derived = TargetRate.derived(new BigDecimal("1998645"), 21444);
		assertThat(derived.percent()).isEqualByComparingTo("93.20299384443200895355344152210409");
		assertThat(derived.derived()).isTrue();
	}

	@Test
	void derivedTargetIsNullWithoutWeight() {
		assertThat(TargetRate.derived(BigDecimal.ZERO, 0)).isNull();
	}

	@Test
	void derivedTargetRejectsNegativeWeight() {
		assertThatIllegalArgumentException().isThrownBy(() -> TargetRate.derived(BigDecimal.ONE, -1));
	}

	@Test
	void weightedAverageWeighsByDenominatorNotByCount() {
		TargetRate derived = TargetRate.weightedAverage(List.of(new WeightedRate(new BigDecimal("95"), 13737),
				new WeightedRate(new BigDecimal("90"), 7707)));
		assertThat(derived.percent()).isEqualByComparingTo("93.20299384443200895355344152210409");
		assertThat(derived.percent()).isNotEqualByComparingTo("92.5"); // the plain average
		assertThat(derived.derived()).isTrue();
	}

	@Test
	void weightedAverageOfEqualRatesIsThatRate() {
		TargetRate derived = TargetRate.weightedAverage(List.of(new WeightedRate(new BigDecimal("95.00"), 13737),
				new WeightedRate(new BigDecimal("95.00"), 7707), new WeightedRate(new BigDecimal("95.00"), 1)));
		assertThat(derived.percent()).isEqualByComparingTo("95");
	}

	@Test
	void weightedAverageSkipsChildrenWithoutTargetOrDenominator() {
		List<WeightedRate> rates = Arrays.asList(new WeightedRate(new BigDecimal("20"), 100),
				WeightedRate.ofNullable(null, 500L),
				WeightedRate.ofNullable(TargetRate.own(new BigDecimal("90")), null),
				WeightedRate.ofNullable(TargetRate.own(new BigDecimal("30")), 300L));
		assertThat(TargetRate.weightedAverage(rates).percent()).isEqualByComparingTo("27.5");
	}

	@Test
	void weightedAverageIsNullWhenNothingIsLeft() {
		assertThat(TargetRate.weightedAverage(List.of())).isNull();
		assertThat(TargetRate.weightedAverage(Arrays.asList(WeightedRate.ofNullable(null, 5L)))).isNull();
		assertThat(TargetRate.weightedAverage(List.of(new WeightedRate(new BigDecimal("95"), 0)))).isNull();
	}

}
