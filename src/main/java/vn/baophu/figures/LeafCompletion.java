package vn.baophu.figures;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A leaf unit of a subtree that exists in a month, and its figures of that month: whether they are
 * complete now (all four counts) and when they first were (from the audit trail); null when incomplete.
 */
public record LeafCompletion(long unitId, String code, String name, String path, boolean complete,
		@Nullable Instant completedAt) {
}
