package vn.baophu.unit;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One pair of a reform file: the old unit, the new unit it (or a share of it) went to, and the new
 * unit's name, kind and parent (null for a province). {@code share}: percent of the old unit, 100 for
 * a full merge; {@code row} is the file's row number for messages.
 */
public record ReformRow(int row, String oldCode, String newCode, String newName, UnitKind newKind,
		@Nullable String newParentCode, BigDecimal share) {

	public static final BigDecimal WHOLE = BigDecimal.valueOf(100);
}
