package vn.baophu.coverage;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One child's target rate (percent, 95.00 = 95 %) with its weight (the child's denominator in
 * people), an input of {@link TargetRate#weightedAverage(java.util.List)}.
 */
public record WeightedRate(BigDecimal percent, long weight) {

	public WeightedRate {
		Objects.requireNonNull(percent, "percent");
	}

	/**
	 * A weighted rate from possibly missing parts: {@code null} when the target or the denominator is
	 * missing, so that the caller can pass the result straight to
	 * {@link TargetRate#weightedAverage(java.util.List)}, which skips {@code null} entries.
	 */
	public static @Nullable WeightedRate ofNullable(@Nullable TargetRate target, @Nullable Long weight) {
		return (target == null || weight == null) ? null : new WeightedRate(target.percent(), weight);
	}

}
