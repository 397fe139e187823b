package vn.baophu.report;

import java.time.YearMonth;
import java.util.List;

import vn.baophu.unit.UnitRef;

/**
 * The gap table of a unit for a month: a row per child and the total row, with what the lagging
 * children still owe (the sum of their positive gaps, which differs from the total's own gap).
 */
public record GapTable(UnitRef unit, List<UnitRef> lineage, YearMonth period, List<GapRow> rows, GapRow total,
		PositiveGaps positiveGaps) {

	/** Unmodifiable: one table is shared by every request while its data is unchanged. */
	public GapTable {
		lineage = List.copyOf(lineage);
		rows = List.copyOf(rows);
	}

	/** Per scheme: Σ max(0, remaining) over the child rows. */
	public record PositiveGaps(long bhyt, long bhxh, long bhxhCompulsory, long bhxhVoluntary, long bhtn) {
	}
}
