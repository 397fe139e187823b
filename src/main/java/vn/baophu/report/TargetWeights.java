package vn.baophu.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.baophu.coverage.TargetRate;
import vn.baophu.report.GapTableQueries.WeightedSum;
import vn.baophu.shared.Indicator;

/**
 * Σ rate × denominator and Σ denominator over the rows of a table, per indicator: what a parent
 * without its own target derives its target from.
 */
final class TargetWeights {

	private final Map<Indicator, BigDecimal> weighted = new EnumMap<>(Indicator.class);
	private final Map<Indicator, Long> weights = new EnumMap<>(Indicator.class);

	void add(Targets targets, @Nullable SubtreeSums sums) {
		for (Indicator indicator : Indicator.values()) {
			WeightedSum below = targets.derivedFrom(indicator);
			TargetRate rate = targets.get(indicator);
			if (below != null) {
				add(indicator, below.weighted(), below.weight());
			}
			else if (rate != null && sums != null) {
				Long denominator = indicator.overPopulation() ? sums.thisYear().population()
						: sums.thisYear().labourForce();
				if (denominator != null && denominator > 0) {
					add(indicator, rate.percent().multiply(BigDecimal.valueOf(denominator)), denominator);
				}
			}
		}
	}

	@Nullable WeightedSum sum(Indicator indicator) {
		Long weight = weights.get(indicator);
		return weight == null ? null : new WeightedSum(weighted.get(indicator), weight);
	}

	private void add(Indicator indicator, BigDecimal rateTimesWeight, long weight) {
		weighted.merge(indicator, rateTimesWeight, BigDecimal::add);
		weights.merge(indicator, weight, Long::sum);
	}
}
