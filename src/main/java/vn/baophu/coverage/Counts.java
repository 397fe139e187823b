package vn.baophu.coverage;

import org.jspecify.annotations.Nullable;

/**
 * Denominator and participants of one unit for one month; {@code null} = missing (not zero).
 *
 * @param denominator population (BHYT) or labour force (BHXH, BHTN) of the unit for the year
 * @param participants participants at the month's end
 */
public record Counts(@Nullable Long denominator, @Nullable Long participants) {

	private static final Counts MISSING = new Counts(null, null);

	/** Nothing reported. */
	public static Counts missing() {
		return MISSING;
	}

	/** Both figures are present. */
	public boolean complete() {
		return denominator != null && participants != null;
	}

}
