package vn.baophu.unit;

import org.jspecify.annotations.Nullable;

/** What an import needs to know of a unit already saved. */
record ExistingUnit(String code, UnitLevel level, @Nullable String parentCode, boolean hasChildren) {
}
