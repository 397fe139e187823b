package vn.baophu.figures;

import org.jspecify.annotations.Nullable;

/** A cell someone else saved since the grid was opened, that this user changed too. */
public record EntryConflict(long unitId, String unitName, Scheme scheme, @Nullable Long original,
		@Nullable Long theirs, @Nullable Long mine) {
}
