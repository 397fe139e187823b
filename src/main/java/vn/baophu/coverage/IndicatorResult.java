package vn.baophu.coverage;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Result for one indicator (BHYT, BHXH total, BHXH voluntary, BHTN) of one unit in one month,
 * computed by {@link CoverageRules#indicator}. All percent values are percentages (93.0843… means
 * 93,08 %), UNROUNDED; {@code null} when not computable (missing figures, missing denominator, zero
 * denominator, missing target). Only {@code remaining} is rounded, because its rule rounds.
 *
 * @param denominator population or labour force; {@code null} = missing
 * @param participants participants at the month's end; {@code null} = missing (the month has no figures)
 * @param coverage {@code participants / denominator × 100}
 * @param target the target rate used, own or derived
 * @param achievement {@code coverage / target × 100} (both unrounded)
 * @param remaining {@code round_half_up(target/100 × denominator − participants)}; negative = exceeded
 * @param changePoints coverage − previous month's coverage, in percentage points
 * @param changePointsSinceDecember coverage − coverage of December of last year, in points
 * @param changePeopleSinceDecember participants − participants of December of last year
 */
public record IndicatorResult(
		@Nullable Long denominator,
		@Nullable Long participants,
		@Nullable BigDecimal coverage,
		@Nullable TargetRate target,
		@Nullable BigDecimal achievement,
		@Nullable Long remaining,
		@Nullable BigDecimal changePoints,
		@Nullable BigDecimal changePointsSinceDecember,
		@Nullable Long changePeopleSinceDecember) {

	/** The month has no participant figure for this indicator: say so, nothing was computed from it. */
	public boolean missing() {
		return participants == null;
	}

}
