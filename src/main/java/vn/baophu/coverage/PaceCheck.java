package vn.baophu.coverage;

import java.math.BigDecimal;
import java.math.MathContext;

import org.jspecify.annotations.Nullable;

/**
 * How far a unit is behind the pace its target asks for, by the end of a month: the colour of a
 * dashboard card.
 * <p>
 * The pace is a straight line from a baseline to the target on 31 December. The baseline {@code b}
 * is December of last year ({@code b = 0}) when it has figures, else the first month of this year with
 * figures ({@link CoverageYear#baseline}). The coverage expected by the end of month {@code m} is
 * <pre>  expected(m) = coverage(b) + (target − coverage(b)) × (m − b) / (12 − b)</pre>
 * which from December is {@code coverage(Dec) + (target − coverage(Dec)) × m / 12}. The comparison is in
 * achievement points, so that one band fits targets of 95 % and of 6 % alike:
 * <pre>  shortfall = expected(m) / target × 100 − achievement</pre>
 * <ul>
 * <li>{@link Standing#AHEAD}: the target is reached ({@code coverage ≥ target}), or {@code shortfall ≤ 0};</li>
 * <li>{@link Standing#SLIGHTLY_BEHIND}: {@code 0 < shortfall ≤ band};</li>
 * <li>{@link Standing#FAR_BEHIND}: {@code shortfall > band};</li>
 * <li>{@link Standing#UNKNOWN}: no figures this month, no target (or a zero target), or below the
 * target with no earlier month to draw the line from (a single month of data says nothing about pace).</li>
 * </ul>
 * Unrounded ({@link MathContext#DECIMAL128}); display rounds half up.
 *
 * @param standing the class
 * @param expectedCoverage {@code expected(m)} in percent; {@code null} when there is no line to draw
 * @param expectedAchievement {@code expected(m) / target × 100}; {@code null} likewise
 * @param shortfallPoints {@code expectedAchievement − achievement}, in achievement points (negative = ahead)
 */
public record PaceCheck(Standing standing, @Nullable BigDecimal expectedCoverage,
		@Nullable BigDecimal expectedAchievement, @Nullable BigDecimal shortfallPoints) {

	/** The colour classes of a card. */
	public enum Standing {
		AHEAD, SLIGHTLY_BEHIND, FAR_BEHIND, UNKNOWN
	}

	private static final PaceCheck UNKNOWN = new PaceCheck(Standing.UNKNOWN, null, null, null);

	/**
	 * Checks month {@code month} (1–12) of {@code year} against the target.
	 *
	 * @param slightlyBehindBand the width of the "slightly behind" class, in achievement points (≥ 0)
	 */
	public static PaceCheck of(int month, CoverageYear year, @Nullable TargetRate target, BigDecimal slightlyBehindBand) {
		if (month < 1 || month > CoverageYear.DECEMBER) {
			throw new IllegalArgumentException("month must be 1..12: " + month);
		}
		BigDecimal coverage = year.at(month);
		if (coverage == null || target == null || target.percent().signum() == 0) {
			return UNKNOWN;
		}
		boolean reached = coverage.compareTo(target.percent()) >= 0;
		int baseline = year.baseline(month);
		if (baseline < 0 || baseline == month) {
			return reached ? new PaceCheck(Standing.AHEAD, null, null, null) : UNKNOWN;
		}
		BigDecimal start = year.at(baseline);
		BigDecimal expected = start.add(target.percent().subtract(start)
			.multiply(BigDecimal.valueOf(month - baseline))
			.divide(BigDecimal.valueOf(CoverageYear.DECEMBER - baseline), MathContext.DECIMAL128));
		BigDecimal expectedAchievement = CoverageRules.achievement(expected, target);
		BigDecimal shortfall = expectedAchievement.subtract(CoverageRules.achievement(coverage, target));
		Standing standing;
		if (reached || shortfall.signum() <= 0) {
			standing = Standing.AHEAD;
		}
		else if (shortfall.compareTo(slightlyBehindBand) <= 0) {
			standing = Standing.SLIGHTLY_BEHIND;
		}
		else {
			standing = Standing.FAR_BEHIND;
		}
		return new PaceCheck(standing, expected, expectedAchievement, shortfall);
	}
}
