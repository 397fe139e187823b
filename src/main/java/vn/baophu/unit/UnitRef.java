package vn.baophu.unit;

import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * A unit as other modules see it. {@code leaf}: it has no children, so figures are entered for it;
 * {@code openedFrom}: formed (by a reform) on that day; {@code closedFrom}: merged or dissolved from that day; {@code districtEntryAllowed}: on a district,
 * its officials may enter their communes' figures.
 */
public record UnitRef(Long id, String code, String name, UnitKind kind, UnitLevel level, @Nullable Long parentId,
		String path, boolean leaf, @Nullable LocalDate openedFrom, @Nullable LocalDate closedFrom,
		boolean districtEntryAllowed) {

	public boolean isRoot() {
		return parentId == null;
	}

	/** Whether the unit exists on that day: opened on or before it, not yet closed. */
	public boolean existsOn(LocalDate day) {
		return (openedFrom == null || !openedFrom.isAfter(day)) && (closedFrom == null || closedFrom.isAfter(day));
	}

	/** Whether the unit exists at the end of the month: figures are counts as of the month's end. */
	public boolean existsIn(YearMonth period) {
		return existsOn(period.atEndOfMonth());
	}
}
