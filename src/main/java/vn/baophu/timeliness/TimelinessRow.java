package vn.baophu.timeliness;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * Per child (or the total): leaves that exist in the month, how many have complete figures, how many
 * completed them by the deadline, and both as a percentage of the leaves (unrounded; null without
 * leaves).
 */
public record TimelinessRow(String code, String name, int leaves, int complete, int onTime,
		@Nullable BigDecimal completeRate, @Nullable BigDecimal onTimeRate) {

	static TimelinessRow of(String code, String name, int leaves, int complete, int onTime) {
		return new TimelinessRow(code, name, leaves, complete, onTime, rate(complete, leaves), rate(onTime, leaves));
	}

	private static @Nullable BigDecimal rate(int part, int whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
	}
}
