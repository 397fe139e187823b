package vn.baophu.timeliness;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One leaf unit's month: whether its figures are complete (all four counts), when they first were
 * (from the audit trail: the first saved revision with all four), the deadline of its province's rule,
 * and whether it was met. {@code childCode}: the child of the unit asked for that the leaf lies under.
 */
public record LeafTimeliness(String code, String name, String childCode, boolean complete,
		@Nullable Instant completedAt, LocalDate deadline, boolean onTime, long daysLate) {
}
