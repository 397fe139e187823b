package vn.baophu.target;

import vn.baophu.unit.UnitRef;

/** One leaf unit in the denominators grid: its saved values and the row version ({@link #NOT_SAVED} when none). */
public record DenominatorRow(UnitRef unit, DenominatorValues values, long version) {

	/** The version of a row that is not saved yet. */
	public static final long NOT_SAVED = -1;
}
