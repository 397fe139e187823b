package vn.baophu.school;

import org.jspecify.annotations.Nullable;

/** A school as the management page shows it: its name, code, level and the unit it sits in. */
public record School(long id, String name, @Nullable String code, SchoolLevel level, String unitCode, String unitName,
		String unitPath, long version) {
}
