package vn.baophu.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.baophu.coverage.TargetRate;
import vn.baophu.report.GapTableQueries.WeightedSum;
import vn.baophu.shared.Indicator;

/**
 * The target of one row per indicator: the unit's own where one is set, otherwise the
 * denominator-weighted average of the targets set below it (marked derived). The weighted sums are
 * kept so that the total row can derive its own from its rows without rounding twice.
 */
final class Targets {

	private final Map<Indicator, TargetRate> rates = new EnumMap<>(Indicator.class);
	private final Map<Indicator, WeightedSum> derivedFrom = new EnumMap<>(Indicator.class);

	static Targets resolve(@Nullable Map<Indicator, BigDecimal> own, @Nullable Map<Indicator, WeightedSum> below) {
		return resolve(own, null, below);
	}

	/**
	 * As {@link #resolve(Map, Map)} for a unit a reform formed: without an own target, the
	 * denominator-weighted target of the units it was formed from ({@code ofPredecessors}), marked derived.
	 */
	static Targets resolve(@Nullable Map<Indicator, BigDecimal> own,
			@Nullable Map<Indicator, BigDecimal> ofPredecessors, @Nullable Map<Indicator, WeightedSum> below) {
		Targets targets = new Targets();
		for (Indicator indicator : Indicator.values()) {
			BigDecimal rate = own == null ? null : own.get(indicator);
			BigDecimal inherited = ofPredecessors == null ? null : ofPredecessors.get(indicator);
			WeightedSum sum = below == null ? null : below.get(indicator);
			if (rate != null) {
				targets.rates.put(indicator, TargetRate.own(rate));
			}
			else if (inherited != null) {
				targets.rates.put(indicator, new TargetRate(inherited, true));
			}
			else if (sum != null) {
				targets.derive(indicator, sum);
			}
		}
		return targets;
	}

	/** Fills the indicators without an own target from the rows' weights. */
	Targets orDerived(TargetWeights weights) {
		for (Indicator indicator : Indicator.values()) {
			if (!rates.containsKey(indicator)) {
				WeightedSum sum = weights.sum(indicator);
				if (sum != null) {
					derive(indicator, sum);
				}
			}
		}
		return this;
	}

	@Nullable TargetRate get(Indicator indicator) {
		return rates.get(indicator);
	}

	@Nullable WeightedSum derivedFrom(Indicator indicator) {
		return derivedFrom.get(indicator);
	}

	private void derive(Indicator indicator, WeightedSum sum) {
		TargetRate rate = TargetRate.derived(sum.weighted(), sum.weight());
		if (rate != null) {
			rates.put(indicator, rate);
			derivedFrom.put(indicator, sum);
		}
	}
}
