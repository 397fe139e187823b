package vn.baophu.unit;

import org.jspecify.annotations.Nullable;

/** A unit as other modules see it. {@code leaf}: it has no children, so figures are entered for it. */
public record UnitRef(Long id, String code, String name, UnitKind kind, UnitLevel level, @Nullable Long parentId,
		String path, boolean leaf) {

	public boolean isRoot() {
		return parentId == null;
	}
}
