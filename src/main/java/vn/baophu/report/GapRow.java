package vn.baophu.report;

import vn.baophu.coverage.BhxhResult;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.unit.UnitRef;

/**
 * One row of a gap table: a child unit, or the total row (the unit itself). The reported counts say
 * how many of the {@code leaves} below sent figures for the month; a sum over an incomplete
 * subtree is missing, not smaller. {@code fromPredecessors}: last month's or last December's figures
 * below are those of the units a reform formed them from; {@code predecessors}: the units this one
 * was formed from, if a reform formed it.
 */
public record GapRow(UnitRef unit, int leaves, int bhytReported, int bhxhReported, int bhtnReported,
		IndicatorResult bhyt, BhxhResult bhxh, IndicatorResult bhtn, boolean fromPredecessors,
		java.util.List<UnitRef> predecessors) {

	public GapRow {
		predecessors = java.util.List.copyOf(predecessors);
	}

	public boolean bhytMissing() {
		return bhyt.participants() == null;
	}

	public boolean bhxhMissing() {
		return bhxh.total().participants() == null;
	}

	public boolean bhtnMissing() {
		return bhtn.participants() == null;
	}
}
