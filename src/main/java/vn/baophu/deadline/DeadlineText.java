package vn.baophu.deadline;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lombok.Getter;
import lombok.experimental.Accessors;
import vn.baophu.shared.DateInput;

/**
 * Deadlines as the task files and forms write them: {@code recurrence} none | weekly | monthly |
 * quarterly | yearly (or hằng tuần, hằng tháng, hằng quý, hằng năm, một lần), and {@code due} a date
 * dd/MM/yyyy for none, a weekday for weekly (friday, thứ sáu, thứ 6, T6; chủ nhật, CN), a day of the
 * month or {@code last} (cuối) for monthly and quarterly, dd/MM for yearly.
 */
public final class DeadlineText {

	private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
	private static final Pattern DAY = Pattern.compile("(?:ngay\\s*)?(\\d{1,2})");

	private static final Map<String, Recurrence> RECURRENCES = Map.ofEntries(Map.entry("none", Recurrence.NONE),
			Map.entry("once", Recurrence.NONE), Map.entry("mot lan", Recurrence.NONE),
			Map.entry("weekly", Recurrence.WEEKLY), Map.entry("hang tuan", Recurrence.WEEKLY),
			Map.entry("monthly", Recurrence.MONTHLY), Map.entry("hang thang", Recurrence.MONTHLY),
			Map.entry("quarterly", Recurrence.QUARTERLY), Map.entry("hang quy", Recurrence.QUARTERLY),
			Map.entry("yearly", Recurrence.YEARLY), Map.entry("hang nam", Recurrence.YEARLY));

	private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(Map.entry("thu hai", DayOfWeek.MONDAY),
			Map.entry("thu 2", DayOfWeek.MONDAY), Map.entry("t2", DayOfWeek.MONDAY), Map.entry("thu ba", DayOfWeek.TUESDAY),
			Map.entry("thu 3", DayOfWeek.TUESDAY), Map.entry("t3", DayOfWeek.TUESDAY), Map.entry("thu tu", DayOfWeek.WEDNESDAY),
			Map.entry("thu 4", DayOfWeek.WEDNESDAY), Map.entry("t4", DayOfWeek.WEDNESDAY),
			Map.entry("thu nam", DayOfWeek.THURSDAY), Map.entry("thu 5", DayOfWeek.THURSDAY),
			Map.entry("t5", DayOfWeek.THURSDAY), Map.entry("thu sau", DayOfWeek.FRIDAY), Map.entry("thu 6", DayOfWeek.FRIDAY),
			Map.entry("t6", DayOfWeek.FRIDAY), Map.entry("thu bay", DayOfWeek.SATURDAY),
			Map.entry("thu 7", DayOfWeek.SATURDAY), Map.entry("t7", DayOfWeek.SATURDAY),
			Map.entry("chu nhat", DayOfWeek.SUNDAY), Map.entry("cn", DayOfWeek.SUNDAY));

	/** A cell that cannot be read: the field ("recurrence" or "due"), a message key and the value. */
	@Getter
	@Accessors(fluent = true)
	public static final class BadDeadline extends IllegalArgumentException {

		private final String field;
		private final String key;
		private final String value;

		BadDeadline(String field, String key, String value) {
			super(field + ": " + key + " (" + value + ")");
			this.field = field;
			this.key = key;
			this.value = value;
		}
	}

	private DeadlineText() {
	}

	/** @throws BadDeadline naming the field that cannot be read */
	public static Deadline parse(String recurrenceText, String dueText) {
		Recurrence recurrence = recurrence(recurrenceText)
			.orElseThrow(() -> new BadDeadline("recurrence", "task.error.recurrence", recurrenceText));
		String due = plain(dueText);
		if (due.isEmpty()) {
			throw new BadDeadline("due", "task.error.required", dueText);
		}
		return switch (recurrence) {
			case NONE -> new Deadline.OnDate(DateInput.parse(dueText).orElseThrow(() -> bad("task.error.dueDate", dueText)));
			case WEEKLY -> new Deadline.Weekly(weekday(due).orElseThrow(() -> bad("task.error.dueWeekday", dueText)));
			case MONTHLY -> new Deadline.Monthly(dayOfMonth(due).orElseThrow(() -> bad("task.error.dueDay", dueText)));
			case QUARTERLY -> new Deadline.Quarterly(dayOfMonth(due).orElseThrow(() -> bad("task.error.dueDay", dueText)));
			case YEARLY -> new Deadline.Yearly(monthDay(due).orElseThrow(() -> bad("task.error.dueDayMonth", dueText)));
		};
	}

	public static Optional<Recurrence> recurrence(String text) {
		return Optional.ofNullable(RECURRENCES.get(plain(text)));
	}

	/** The {@code due} cell of a deadline, as the files write it. */
	public static String due(Deadline deadline) {
		if (deadline instanceof Deadline.OnDate onDate) {
			return DateInput.format(onDate.date());
		}
		if (deadline instanceof Deadline.Weekly weekly) {
			return weekly.day().name().toLowerCase(Locale.ROOT);
		}
		if (deadline instanceof Deadline.Monthly monthly) {
			return day(monthly.day());
		}
		if (deadline instanceof Deadline.Quarterly quarterly) {
			return day(quarterly.day());
		}
		MonthDay day = ((Deadline.Yearly) deadline).day();
		return String.format("%02d/%02d", day.getDayOfMonth(), day.getMonthValue());
	}

	private static String day(int day) {
		return day == Deadline.LAST ? "last" : String.valueOf(day);
	}

	private static Optional<DayOfWeek> weekday(String due) {
		try {
			return Optional.of(DayOfWeek.valueOf(due.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.ofNullable(WEEKDAYS.get(due));
		}
	}

	private static Optional<Integer> dayOfMonth(String due) {
		if (due.equals("last") || due.startsWith("cuoi") || due.equals("ngay cuoi")) {
			return Optional.of(Deadline.LAST);
		}
		Matcher day = DAY.matcher(due);
		if (day.matches()) {
			int value = Integer.parseInt(day.group(1));
			return value >= 1 && value <= 31 ? Optional.of(value) : Optional.empty();
		}
		return Optional.empty();
	}

	private static Optional<MonthDay> monthDay(String due) {
		Matcher dayMonth = DAY_MONTH.matcher(due);
		if (!dayMonth.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(MonthDay.of(Integer.parseInt(dayMonth.group(2)), Integer.parseInt(dayMonth.group(1))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static BadDeadline bad(String key, String value) {
		return new BadDeadline("due", key, value);
	}

	/** Lower case, without diacritics (đ → d), single spaces: "Thứ Sáu" → "thu sau". */
	public static String plain(String text) {
		String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replaceAll("\\s+", " ");
	}
}
