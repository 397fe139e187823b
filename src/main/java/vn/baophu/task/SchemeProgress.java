package vn.baophu.task;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * One scheme of a target-allocation task: people allocated, participants at allocation time
 * (baseline) and in the latest month with figures, enrolled since (current − baseline), and that as
 * a percentage of the allocated number (unrounded). Null where the figures are missing.
 *
 * @param scheme BHYT, BHXH_BB (bắt buộc), BHXH_TN (tự nguyện) or BHTN
 */
public record SchemeProgress(String scheme, long allocated, @Nullable Long baseline, @Nullable Long current,
		@Nullable Long enrolled, @Nullable BigDecimal percent) {

	public static SchemeProgress of(String scheme, long allocated, @Nullable Long baseline, @Nullable Long current) {
		Long enrolled = baseline == null || current == null ? null : current - baseline;
		BigDecimal percent = enrolled == null || allocated == 0 ? null
				: BigDecimal.valueOf(enrolled).multiply(BigDecimal.valueOf(100))
					.divide(BigDecimal.valueOf(allocated), 6, RoundingMode.HALF_UP);
		return new SchemeProgress(scheme, allocated, baseline, current, enrolled, percent);
	}

	/** Enrolled at least the allocated number. */
	public boolean reached() {
		return enrolled != null && enrolled >= allocated;
	}
}
