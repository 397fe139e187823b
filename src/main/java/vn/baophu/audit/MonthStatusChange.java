package vn.baophu.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A month closed or reopened for a unit's subtree, by whom, when and why. */
public record MonthStatusChange(String unitCode, String unitName, String period, boolean closed,
		@Nullable String username, Instant at, @Nullable String reason) {
}
