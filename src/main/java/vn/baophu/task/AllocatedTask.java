package vn.baophu.task;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * A target-allocation task as {@link AllocationMeasure} reads it: its assignee unit (id, path, parent),
 * the month of the gap table it was allocated from, the people allocated per scheme and the unit's
 * participants in that month.
 */
public record AllocatedTask(long id, long unitId, String unitPath, @Nullable Long parentId, YearMonth period,
		SchemeCounts allocated, SchemeCounts baseline) {
}
