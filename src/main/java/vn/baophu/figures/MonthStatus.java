package vn.baophu.figures;

import java.time.Instant;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * Whether figures of a unit's month can still change. {@code CLOSED}: closed at this unit or above
 * ({@code closedAtCode}/{@code closedAtName} say where); {@code PARTLY_CLOSED}: some units below are
 * closed ({@code closedBelow} of them).
 */
public record MonthStatus(YearMonth period, State state, @Nullable String closedAtCode, @Nullable String closedAtName,
		@Nullable String changedBy, @Nullable Instant changedAt, int closedBelow) {

	public enum State {
		OPEN, PARTLY_CLOSED, CLOSED
	}

	public boolean closed() {
		return state == State.CLOSED;
	}
}
