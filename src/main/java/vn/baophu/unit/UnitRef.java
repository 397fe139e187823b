package vn.baophu.unit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A unit as other modules see it. {@code leaf}: it has no children, so figures are entered for it;
 * {@code closedFrom}: merged or dissolved from that day; {@code districtEntryAllowed}: on a district,
 * its officials may enter their communes' figures.
 */
public record UnitRef(Long id, String code, String name, UnitKind kind, UnitLevel level, @Nullable Long parentId,
		String path, boolean leaf, @Nullable LocalDate closedFrom, boolean districtEntryAllowed) {

	public boolean isRoot() {
		return parentId == null;
	}
}
