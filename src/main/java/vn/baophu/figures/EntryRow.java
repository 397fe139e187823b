package vn.baophu.figures;

import org.jspecify.annotations.Nullable;

/**
 * One leaf unit in the data-entry grid: this month's saved values (and the row version, -1 when
 * nothing is saved yet), last month's, and the denominators the warnings compare with.
 */
public record EntryRow(long unitId, String code, String name, @Nullable String parentName, Values current,
		long version, Values previous, @Nullable Long population, @Nullable Long labourForce) {

	/** What a count of this scheme is compared with: population for BHYT, labour force otherwise. */
	public @Nullable Long denominator(Scheme scheme) {
		return scheme == Scheme.BHYT ? population : labourForce;
	}
}
