package vn.baophu.figures;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one rule for a suspicious jump, used by the grid and by imports alike.
 *
 * @param jumpThreshold a figure moving more than this share from last month must be confirmed (0.10 = 10 %)
 */
@ConfigurationProperties("baophu.entry")
public record EntrySettings(@DefaultValue("0.10") BigDecimal jumpThreshold) {

	/**
	 * |value − previous| > threshold × previous. Nothing to compare with (no previous month, or
	 * zero, where a share means nothing) is no jump.
	 */
	public boolean jumps(@Nullable Long previous, @Nullable Long value) {
		if (previous == null || value == null || previous == 0) {
			return false;
		}
		BigDecimal change = BigDecimal.valueOf(Math.abs(value - previous));
		return change.compareTo(jumpThreshold.multiply(BigDecimal.valueOf(previous))) > 0;
	}
}
