package vn.baophu.allocation;

import vn.baophu.task.SchemeCounts;
import vn.baophu.unit.UnitRef;

/**
 * One child in a target allocation: its participants in the gap table's month (the baseline) and the
 * people it still has to enrol per scheme, positive gaps only (null: target reached, or not computable
 * because figures, denominator or target are missing). {@code allocatedBefore}: the directive already
 * has an allocation task for this child and month.
 */
public record AllocationLine(UnitRef unit, SchemeCounts baseline, SchemeCounts remaining, boolean allocatedBefore) {

	/** Something to allocate and not allocated yet. */
	public boolean allocatable() {
		return !remaining.isEmpty() && !allocatedBefore;
	}
}
