package vn.baophu.coverage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An indicator's target rate in percent (95.00 = 95 %), own or derived from children.
 * <p>
 * PRODUCT.md: a parent's target "is its own assigned target where one is set; otherwise the
 * denominator-weighted average of its children's targets, marked as derived".
 *
 * @param percent the rate in percent, unrounded
 * @param derived {@code true} when computed from the children rather than assigned by a decision
 */
public record TargetRate(BigDecimal percent, boolean derived) {

	public TargetRate {
		Objects.requireNonNull(percent, "percent");
	}

	/** A target assigned to the unit itself (by a decision). */
	public static TargetRate own(BigDecimal percent) {
		return new TargetRate(percent, false);
	}

	/**
	 * Denominator-weighted average: {@code weightedSum = Σ rate_i × weight_i} (percent × people),
	 * {@code totalWeight = Σ weight_i}; the result is {@code weightedSum / totalWeight} (unrounded,
	 * {@link MathContext#DECIMAL128}) marked derived.
	 *
	 * @return {@code null} if {@code totalWeight == 0} (no child has a weight)
	 * @throws IllegalArgumentException if {@code totalWeight} is negative
	 */
	public static @Nullable TargetRate derived(BigDecimal weightedSum, long totalWeight) {
		if (totalWeight < 0) {
			throw new IllegalArgumentException("negative total weight: " + totalWeight);
		}
		if (totalWeight == 0) {
			return null;
		}
		return new TargetRate(weightedSum.divide(BigDecimal.valueOf(totalWeight), MathContext.DECIMAL128), true);
	}

	/**
	 * Convenience for {@link #derived(BigDecimal, long)} from a list of (rate, weight); {@code null}
	 * entries (a child without target or denominator, see {@link WeightedRate#ofNullable}) are
	 * skipped.
	 *
	 * @return {@code null} if nothing is left or all weights are 0
	 */
	public static @Nullable TargetRate weightedAverage(List<@Nullable WeightedRate> rates) {
		BigDecimal weightedSum = BigDecimal.ZERO;
		long totalWeight = 0;
		for (WeightedRate rate : rates) {
			if (rate != null) {
				weightedSum = weightedSum.add(rate.percent().multiply(BigDecimal.valueOf(rate.weight())));
				totalWeight = Math.addExact(totalWeight, rate.weight());
			}
		}
		return derived(weightedSum, totalWeight);
	}

}
