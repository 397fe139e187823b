package vn.baophu.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * What becomes of a deadline that falls on a Saturday or a Sunday (Vietnamese administrative practice
 * varies). Public holidays are not modelled. The rule is applied to calendar deadlines (a date, a day
 * of the month or quarter, a day of the year), never to a weekly deadline, whose weekday was chosen.
 */
public enum WeekendRule {

	/**
	 * The date stands (the default): "trước ngày 25 hằng tháng" names a calendar day, and figures can
	 * be entered on any day, so a unit that needs the weekend sends its report earlier.
	 */
	KEEP,

	/** Moves to the Friday before: the work must be in before the weekend. */
	PREVIOUS_FRIDAY,

	/**
	 * Moves to the Monday after, as the Civil Code 2015 (art. 148(5)) ends a time limit whose last day
	 * is a day off at the end of the next working day.
	 */
	NEXT_MONDAY;

	public LocalDate adjust(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		if (this == KEEP || (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY)) {
			return date;
		}
		return this == PREVIOUS_FRIDAY ? date.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY))
				: date.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
	}
}
