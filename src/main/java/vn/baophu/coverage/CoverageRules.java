package vn.baophu.coverage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * The rules the numbers follow (PRODUCT.md), for one indicator of one unit. Exact decimal
 * arithmetic, {@link MathContext#DECIMAL128} for divisions, {@link RoundingMode#HALF_UP} (like
 * Excel's ROUND: −75.5 → −76) and only where a rule rounds. {@code null} means missing or not
 * computable and propagates; it is never read as zero.
 */
public final class CoverageRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * A derived target is a DECIMAL128 quotient (e.g. 68.333…33); multiplied back by a denominator it
	 * can land just below an exact .5. Rounding the product to this scale first restores the exact
	 * value (the error is below 1e-20 for any realistic denominator) before the half-up rule applies.
	 */
	private static final int DERIVED_REPAIR_SCALE = 12;

	private CoverageRules() {
	}

	/**
	 * {@code coverage = participants / denominator}, as a percentage, unrounded.
	 *
	 * @return {@code null} if either is {@code null} or the denominator is 0
	 */
	public static @Nullable BigDecimal coverage(@Nullable Long participants, @Nullable Long denominator) {
		if (participants == null || denominator == null || denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(participants).multiply(HUNDRED)
			.divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
	}

	/**
	 * {@code achievement = coverage / target_rate} (both unrounded), as a percentage, unrounded.
	 *
	 * @return {@code null} if the coverage or the target is {@code null}, or the target is zero
	 */
	public static @Nullable BigDecimal achievement(@Nullable BigDecimal coveragePercent, @Nullable TargetRate target) {
		if (coveragePercent == null || target == null || target.percent().signum() == 0) {
			return null;
		}
		return coveragePercent.multiply(HUNDRED).divide(target.percent(), MathContext.DECIMAL128);
	}

	/**
	 * {@code remaining = round_half_up(target_rate × denominator − participants)}, a whole number of
	 * people still to enrol; negative means the target is exceeded (shown as {@code (75)}). With a zero
	 * denominator the formula still applies ({@code −participants}).
	 *
	 * @return {@code null} if the target, the denominator or the participants are {@code null}
	 */
	public static @Nullable Long remaining(@Nullable TargetRate target, @Nullable Long denominator,
			@Nullable Long participants) {
		if (target == null || denominator == null || participants == null) {
			return null;
		}
		BigDecimal gap = target.percent().multiply(BigDecimal.valueOf(denominator)).movePointLeft(2)
			.subtract(BigDecimal.valueOf(participants));
		if (target.derived()) {
			gap = gap.setScale(DERIVED_REPAIR_SCALE, RoundingMode.HALF_UP);
		}
		return gap.setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	/**
	 * {@code change = coverage now − coverage before}, in percentage points, signed, unrounded (used for
	 * the change since last month and since December of last year).
	 *
	 * @return {@code null} if either coverage is {@code null}
	 */
	public static @Nullable BigDecimal changePoints(@Nullable BigDecimal coverageNow, @Nullable BigDecimal coverageBefore) {
		if (coverageNow == null || coverageBefore == null) {
			return null;
		}
		return coverageNow.subtract(coverageBefore);
	}

	/**
	 * One indicator: current month, previous month, December of last year (each may be
	 * {@link Counts#missing()}). The previous/December counts carry their own denominators (December
	 * uses last year's denominator). A month without figures gives {@code null}s, never zeros.
	 */
	public static IndicatorResult indicator(Counts now, Counts previousMonth, Counts lastDecember,
			@Nullable TargetRate target) {
		Long denominator = now.denominator();
		Long participants = now.participants();
		BigDecimal coverage = coverage(participants, denominator);
		return new IndicatorResult(denominator, participants, coverage, target,
				achievement(coverage, target),
				remaining(target, denominator, participants),
				changePoints(coverage, coverage(previousMonth.participants(), previousMonth.denominator())),
				changePoints(coverage, coverage(lastDecember.participants(), lastDecember.denominator())),
				difference(participants, lastDecember.participants()));
	}

	/**
	 * Sum of the children's positive remaining values (what the lagging children still owe), shown
	 * beside a parent's own {@code remaining} since the two differ; {@code null}s are ignored.
	 *
	 * @return 0 when no child has a positive gap
	 */
	public static long sumOfPositiveGaps(Collection<@Nullable Long> childRemainings) {
		long sum = 0;
		for (Long remaining : childRemainings) {
			if (remaining != null && remaining > 0) {
				sum = Math.addExact(sum, remaining);
			}
		}
		return sum;
	}

	/**
	 * Sum where ALL values must be present: a parent's denominators and participants are the sums of
	 * its children, and a parent with any missing child is missing.
	 *
	 * @return {@code null} if any value is {@code null} or the collection is empty
	 */
	public static @Nullable Long sumIfComplete(Collection<@Nullable Long> values) {
		if (values.isEmpty()) {
			return null;
		}
		long sum = 0;
		for (Long value : values) {
			if (value == null) {
				return null;
			}
			sum = Math.addExact(sum, value);
		}
		return sum;
	}

	/** {@code a − b}, or {@code null} if either is {@code null}. */
	static @Nullable Long difference(@Nullable Long a, @Nullable Long b) {
		return (a == null || b == null) ? null : Math.subtractExact(a, b);
	}

}
