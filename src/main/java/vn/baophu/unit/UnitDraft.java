package vn.baophu.unit;

import org.jspecify.annotations.Nullable;

/** One unit as an import file describes it; {@code row} is the file's row number for messages. */
public record UnitDraft(int row, String code, String name, UnitKind kind, @Nullable String parentCode) {
}
