package vn.baophu.deadline;

import java.time.LocalDate;

/**
 * One period of a recurring deadline (an ISO week Monday–Sunday, a month, a quarter, a year), from
 * {@code start} to {@code end} inclusive; a one-off deadline has a single cycle, its own date. A
 * recurring task is done or not per cycle.
 */
public record Cycle(LocalDate start, LocalDate end) {

	public Cycle {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A cycle ends on or after its start: " + start + " – " + end);
		}
	}
}
