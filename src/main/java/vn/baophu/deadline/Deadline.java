package vn.baophu.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * When a task is due: on one date, or again in every cycle (week, month, quarter, year). Every
 * recurring deadline has exactly one due date per cycle, computed here in plain Java:
 * <ul>
 * <li>{@link Weekly}: the weekday of each ISO week (Monday to Sunday);
 * <li>{@link Monthly}: day N of every month; a month shorter than N ends the cycle on its last day
 * (31 → 30 in April, 28 or 29 in February); {@link #LAST} = the last day;
 * <li>{@link Quarterly}: day N of the <em>last month of the quarter</em> (March, June, September,
 * December), same shortening; {@link #LAST} = the quarter's last day;
 * <li>{@link Yearly}: a day and month every year; 29/02 is 28/02 in a year that is not a leap year.
 * </ul>
 * The due date is the last day on which doing the task counts as on time: "trước ngày 25" and
 * "chậm nhất ngày 25" are both written 25 in the files, and the task is overdue from the 26th. A due
 * date on a weekend is then moved by a {@link WeekendRule} (except for weekly deadlines).
 */
public sealed interface Deadline permits Deadline.OnDate, Deadline.Weekly, Deadline.Monthly, Deadline.Quarterly,
		Deadline.Yearly {

	/** The day of {@link Monthly} and {@link Quarterly} that means the last day of the month or quarter. */
	int LAST = 0;

	Recurrence recurrence();

	/** The cycle that contains the day; a one-off deadline's only cycle is its own date. */
	Cycle cycleOf(LocalDate day);

	/** The due date in the cycle, before any weekend rule. */
	LocalDate nominalDue(Cycle cycle);

	default boolean recurring() {
		return recurrence() != Recurrence.NONE;
	}

	/** The due date in the cycle once the weekend rule has moved it (weekly deadlines never move). */
	default LocalDate due(Cycle cycle, WeekendRule rule) {
		LocalDate nominal = nominalDue(cycle);
		return this instanceof Weekly ? nominal : rule.adjust(nominal);
	}

	/** The due date of the cycle containing the day: for "the 25th of every month" on 3 June, 25 June. */
	default LocalDate dueFor(LocalDate day, WeekendRule rule) {
		return due(cycleOf(day), rule);
	}

	/** The cycle after this one (a one-off deadline has none: its own again). */
	default Cycle next(Cycle cycle) {
		return recurring() ? cycleOf(cycle.end().plusDays(1)) : cycle;
	}

	/** The cycle before this one. */
	default Cycle previous(Cycle cycle) {
		return recurring() ? cycleOf(cycle.start().minusDays(1)) : cycle;
	}

	/** The first due date on or after the day. */
	default LocalDate nextDue(LocalDate day, WeekendRule rule) {
		Cycle cycle = cycleOf(day);
		LocalDate due = due(cycle, rule);
		return due.isBefore(day) && recurring() ? due(next(cycle), rule) : due;
	}

	/** Once, on this date. */
	record OnDate(LocalDate date) implements Deadline {

		@Override
		public Recurrence recurrence() {
			return Recurrence.NONE;
		}

		@Override
		public Cycle cycleOf(LocalDate day) {
			return new Cycle(date, date);
		}

		@Override
		public LocalDate nominalDue(Cycle cycle) {
			return date;
		}
	}

	/** Every week on this weekday. */
	record Weekly(DayOfWeek day) implements Deadline {

		@Override
		public Recurrence recurrence() {
			return Recurrence.WEEKLY;
		}

		@Override
		public Cycle cycleOf(LocalDate day) {
			LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			return new Cycle(monday, monday.plusDays(6));
		}

		@Override
		public LocalDate nominalDue(Cycle cycle) {
			return cycle.start().with(TemporalAdjusters.nextOrSame(day));
		}
	}

	/** Every month on day 1–31, or on the last day ({@link #LAST}). */
	record Monthly(int day) implements Deadline {

		public Monthly {
			checkDay(day);
		}

		@Override
		public Recurrence recurrence() {
			return Recurrence.MONTHLY;
		}

		@Override
		public Cycle cycleOf(LocalDate day) {
			YearMonth month = YearMonth.from(day);
			return new Cycle(month.atDay(1), month.atEndOfMonth());
		}

		@Override
		public LocalDate nominalDue(Cycle cycle) {
			return dayOf(YearMonth.from(cycle.start()), day);
		}
	}

	/** Every quarter on day 1–31 of the quarter's last month, or on the quarter's last day ({@link #LAST}). */
	record Quarterly(int day) implements Deadline {

		public Quarterly {
			checkDay(day);
		}

		@Override
		public Recurrence recurrence() {
			return Recurrence.QUARTERLY;
		}

		@Override
		public Cycle cycleOf(LocalDate day) {
			LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1);
			return new Cycle(start, start.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth()));
		}

		@Override
		public LocalDate nominalDue(Cycle cycle) {
			return dayOf(YearMonth.from(cycle.end()), day);
		}
	}

	/** Every year on this day and month (29/02: 28/02 in a year that is not a leap year). */
	record Yearly(MonthDay day) implements Deadline {

		@Override
		public Recurrence recurrence() {
			return Recurrence.YEARLY;
		}

		@Override
		public Cycle cycleOf(LocalDate day) {
			return new Cycle(day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
		}

		@Override
		public LocalDate nominalDue(Cycle cycle) {
			return day.atYear(cycle.start().getYear());
		}
	}

	private static void checkDay(int day) {
		if (day < LAST || day > 31) {
			throw new IllegalArgumentException("A day of the month is 1–31 or LAST (0): " + day);
		}
	}

	/** Day N of the month, or its last day when the month is shorter or N is {@link #LAST}. */
	private static LocalDate dayOf(YearMonth month, int day) {
		return day == LAST || day > month.lengthOfMonth() ? month.atEndOfMonth() : month.atDay(day);
	}
}
