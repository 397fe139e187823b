package vn.baophu.coverage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * Where one indicator of one unit will stand on 31 December at the current pace, and the pace still
 * needed to reach the target, seen from the end of month {@code m}.
 * <p>
 * <b>Current pace</b>: the average monthly change of coverage this year,
 * {@code pace = (coverage(m) − coverage(b)) / (m − b)} in percentage points per month, where the
 * baseline {@code b} is December of last year ({@code b = 0}) when it has figures, else the first month
 * of this year with figures ({@link CoverageYear#baseline}). With a single month of data ({@code b = m})
 * there is no pace and no projection: "not enough data".
 * <p>
 * <b>Projection</b>: {@code coverage(m) + pace × (12 − m)}, plus a seasonal correction when last year
 * has figures for the same baseline month, for month {@code m} and for December:
 * {@code seasonal = (last(12) − last(m)) − lastPace × (12 − m)} with
 * {@code lastPace = (last(m) − last(b)) / (m − b)}, i.e. by how many points last year's remaining months
 * beat (or fell short of) last year's own pace over the same months. A projection below zero is zero.
 * In December the projection is the coverage itself.
 * <p>
 * <b>Needed pace</b>: {@code max(0, remaining) / (12 − m)} people per remaining month, rounded UP to a
 * whole person (the {@code remaining} of the month, PRODUCT.md's rounded rule); likewise
 * {@code max(0, target − coverage(m)) / (12 − m)} points per month, unrounded. Computable even without
 * a pace. In December (no month left) the needed pace is 0 when the target is met and {@code null}
 * otherwise.
 * <p>
 * <b>Verdict</b>: {@link Verdict#NO_FIGURES} without coverage this month; {@link Verdict#NO_TARGET}
 * without a target; {@link Verdict#MET} when the target is already reached ({@code remaining ≤ 0}),
 * needing 0; {@link Verdict#NOT_ENOUGH_DATA} without a projection; else {@link Verdict#ON_TRACK} when
 * the projection reaches the target and {@link Verdict#OFF_TRACK} when not.
 * <p>
 * Exact decimals, divisions in {@link MathContext#DECIMAL128}, nothing rounded except the people per
 * month; display rounds half up.
 *
 * @param verdict see above
 * @param monthsLeft {@code 12 − m}
 * @param baselineMonth {@code b} (0 = December of last year); {@code null} when there is no pace
 * @param pacePointsPerMonth the current pace; {@code null} with fewer than two months of data
 * @param seasonalCorrectionPoints the seasonal correction added; {@code null} when last year lacks the months
 * @param projectedCoverage coverage on 31 December, percent; {@code null} without a pace
 * @param neededPeoplePerMonth people to enrol per remaining month to reach the target
 * @param neededPointsPerMonth coverage points to gain per remaining month to reach the target
 */
public record YearEndOutlook(Verdict verdict, int monthsLeft, @Nullable Integer baselineMonth,
		@Nullable BigDecimal pacePointsPerMonth, @Nullable BigDecimal seasonalCorrectionPoints,
		@Nullable BigDecimal projectedCoverage, @Nullable Long neededPeoplePerMonth,
		@Nullable BigDecimal neededPointsPerMonth) {

	/** What the leader reads beside the projection. */
	public enum Verdict {
		MET, ON_TRACK, OFF_TRACK, NOT_ENOUGH_DATA, NO_TARGET, NO_FIGURES
	}

	/**
	 * The outlook from the end of {@code month} (1–12).
	 *
	 * @param thisYear this year's coverage (month 0 = December of last year)
	 * @param lastYear last year's coverage (month 0 = December of the year before), for the seasonal correction
	 * @param target this year's target
	 * @param remaining the people still to enrol at the end of {@code month} ({@link CoverageRules#remaining})
	 */
	public static YearEndOutlook of(int month, CoverageYear thisYear, CoverageYear lastYear,
			@Nullable TargetRate target, @Nullable Long remaining) {
		if (month < 1 || month > CoverageYear.DECEMBER) {
			throw new IllegalArgumentException("month must be 1..12: " + month);
		}
		int monthsLeft = CoverageYear.DECEMBER - month;
		BigDecimal coverage = thisYear.at(month);
		if (coverage == null) {
			return new YearEndOutlook(Verdict.NO_FIGURES, monthsLeft, null, null, null, null, null, null);
		}
		int baseline = thisYear.baseline(month);
		BigDecimal change = baseline == month ? null : coverage.subtract(thisYear.at(baseline));
		BigDecimal pace = change == null ? null : perMonth(change, month - baseline);
		BigDecimal seasonal = change == null ? null : seasonalCorrection(month, baseline, lastYear);
		BigDecimal projection;
		if (monthsLeft == 0) {
			projection = coverage;
		}
		else if (change == null) {
			projection = null;
		}
		else {
			// change × monthsLeft / span rather than pace × monthsLeft: one division, exact more often
			projection = coverage.add(stretch(change, month - baseline, monthsLeft))
				.add(seasonal == null ? BigDecimal.ZERO : seasonal).max(BigDecimal.ZERO);
		}
		Integer baselineMonth = pace == null ? null : baseline;
		if (target == null) {
			return new YearEndOutlook(Verdict.NO_TARGET, monthsLeft, baselineMonth, pace, seasonal, projection, null, null);
		}
		boolean met = remaining != null ? remaining <= 0 : coverage.compareTo(target.percent()) >= 0;
		Verdict verdict;
		if (met) {
			verdict = Verdict.MET;
		}
		else if (projection == null) {
			verdict = Verdict.NOT_ENOUGH_DATA;
		}
		else {
			verdict = projection.compareTo(target.percent()) >= 0 ? Verdict.ON_TRACK : Verdict.OFF_TRACK;
		}
		return new YearEndOutlook(verdict, monthsLeft, baselineMonth, pace, seasonal, projection,
				neededPeople(met, remaining, monthsLeft), neededPoints(met, target.percent().subtract(coverage), monthsLeft));
	}

	/** Whether last year's pattern was used. */
	public boolean seasonallyAdjusted() {
		return seasonalCorrectionPoints != null;
	}

	private static @Nullable BigDecimal seasonalCorrection(int month, int baseline, CoverageYear lastYear) {
		BigDecimal start = lastYear.at(baseline);
		BigDecimal sameMonth = lastYear.at(month);
		BigDecimal december = lastYear.at(CoverageYear.DECEMBER);
		if (month == CoverageYear.DECEMBER || start == null || sameMonth == null || december == null) {
			return null;
		}
		return december.subtract(sameMonth)
			.subtract(stretch(sameMonth.subtract(start), month - baseline, CoverageYear.DECEMBER - month));
	}

	private static @Nullable Long neededPeople(boolean met, @Nullable Long remaining, int monthsLeft) {
		if (met) {
			return 0L;
		}
		if (remaining == null || monthsLeft == 0) {
			return null;
		}
		return BigDecimal.valueOf(remaining).divide(BigDecimal.valueOf(monthsLeft), 0, RoundingMode.CEILING)
			.longValueExact();
	}

	private static @Nullable BigDecimal neededPoints(boolean met, BigDecimal gapPoints, int monthsLeft) {
		if (met || gapPoints.signum() <= 0) {
			return BigDecimal.ZERO;
		}
		return monthsLeft == 0 ? null : perMonth(gapPoints, monthsLeft);
	}

	/** A change over {@code span} months carried on at the same pace for {@code months}. */
	private static BigDecimal stretch(BigDecimal change, int span, int months) {
		return change.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(span), MathContext.DECIMAL128);
	}

	private static BigDecimal perMonth(BigDecimal points, int months) {
		return points.divide(BigDecimal.valueOf(months), MathContext.DECIMAL128);
	}
}
