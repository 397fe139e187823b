package vn.baophu.home;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.baophu.unit.UnitRef;

/**
 * Where a home page stands: the user's unit ({@code unit}; null for an administrator of the whole tree,
 * or when the account's unit is gone: {@code unitMissing}), its ancestors root first, the units that took
 * its place when a reform closed it ({@code successors}), and today by the application's clock.
 */
public record HomeScope(@Nullable UnitRef unit, List<UnitRef> lineage, List<UnitRef> successors, boolean unitMissing,
		LocalDate today) {

	/** The month being reported now: figures of this month are due in it. */
	public YearMonth thisMonth() {
		return YearMonth.from(today);
	}

	public boolean wholeTree() {
		return unit == null && !unitMissing;
	}

	/** The user's unit closed (merged or dissolved) by today: they still read its past months. */
	public boolean unitClosed() {
		return unit != null && unit.closedFrom() != null && !unit.closedFrom().isAfter(today);
	}

	/** The subtree's path ("/" for the whole tree). */
	public String path() {
		return unit == null ? "/" : unit.path();
	}
}
