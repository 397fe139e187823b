package vn.baophu.figures;

import org.jspecify.annotations.Nullable;

/**
 * A figure to confirm before saving: it moves more than the threshold from last month
 * ({@code JUMP}) or exceeds its denominator ({@code ABOVE_DENOMINATOR}).
 */
public record EntryWarning(long unitId, String unitName, Scheme scheme, Kind kind, long value,
		@Nullable Long previous, @Nullable Long denominator) {

	public enum Kind {
		JUMP, ABOVE_DENOMINATOR
	}
}
