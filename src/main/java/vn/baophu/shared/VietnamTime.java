package vn.baophu.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Vietnam's time zone, the one the users live in: days (deadlines, "today", lock-outs) and the
 * times shown on pages are read in it, whatever the server's or the clock's zone.
 */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}

	/** Today in Vietnam by the given clock (the application's {@code Clock} bean). */
	public static LocalDate today(Clock clock) {
		return dateOf(clock.instant());
	}

	/** This month in Vietnam by the given clock: on a server in UTC, until 07:00 on the 1st, not the server's. */
	public static YearMonth thisMonth(Clock clock) {
		return YearMonth.from(today(clock));
	}

	/** The day a moment falls on in Vietnam. */
	public static LocalDate dateOf(Instant moment) {
		return LocalDate.ofInstant(moment, ZONE);
	}
}
