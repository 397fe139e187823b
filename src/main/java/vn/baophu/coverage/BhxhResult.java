package vn.baophu.coverage;

import org.jspecify.annotations.Nullable;

/**
 * BHXH of one unit in one month: total = compulsory (bắt buộc) + voluntary (tự nguyện), both over
 * labour force.
 * <p>
 * PRODUCT.md: "{@code remaining_total} uses the total target and {@code bắt buộc + tự nguyện};
 * {@code remaining_voluntary} uses the voluntary target and the voluntary count;
 * {@code remaining_compulsory = remaining_total − remaining_voluntary}."
 *
 * @param compulsory participants in compulsory BHXH this month
 * @param voluntary participants in voluntary BHXH this month
 * @param total participants = compulsory + voluntary ({@code null} if either is missing), target = total target
 * @param voluntaryPart participants = voluntary, target = voluntary target
 * @param remainingCompulsory {@code total.remaining − voluntaryPart.remaining}; {@code null} if either is
 */
public record BhxhResult(
		@Nullable Long compulsory,
		@Nullable Long voluntary,
		IndicatorResult total,
		IndicatorResult voluntaryPart,
		@Nullable Long remainingCompulsory) {

	/**
	 * Computes the BHXH total and voluntary indicators and the compulsory remainder. Each month may be
	 * {@link BhxhCounts#missing()}; December carries last year's labour force.
	 */
	public static BhxhResult of(BhxhCounts now, BhxhCounts previousMonth, BhxhCounts lastDecember,
			@Nullable TargetRate totalTarget, @Nullable TargetRate voluntaryTarget) {
		IndicatorResult total = CoverageRules.indicator(now.totalCounts(), previousMonth.totalCounts(),
				lastDecember.totalCounts(), totalTarget);
		IndicatorResult voluntaryPart = CoverageRules.indicator(now.voluntaryCounts(),
				previousMonth.voluntaryCounts(), lastDecember.voluntaryCounts(), voluntaryTarget);
		return new BhxhResult(now.compulsory(), now.voluntary(), total, voluntaryPart,
				CoverageRules.difference(total.remaining(), voluntaryPart.remaining()));
	}

}
