package vn.baophu.task;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.baophu.deadline.Deadline;
import vn.baophu.deadline.WeekendRule;

/**
 * Settings of tasks and reporting timeliness ({@code baophu.tasks.*}).
 *
 * @param reportingDay the default monthly reporting deadline: figures of a month are due by this day
 * (1–31, 0 = the last day of the month); a province may set its own (the reporting deadline table)
 * @param reportingMonthOffset 0: the deadline is in the reported month itself (the default, "before the
 * 25th of the same month"); 1: in the month after
 * @param weekendRule what becomes of a deadline on a Saturday or Sunday, for tasks and as the default
 * of the reporting deadline
 * @param dueSoonDays a task due within this many days is "due soon"
 */
@ConfigurationProperties("baophu.tasks")
public record TaskSettings(@DefaultValue("25") int reportingDay, @DefaultValue("0") int reportingMonthOffset,
		@DefaultValue("KEEP") WeekendRule weekendRule, @DefaultValue("7") int dueSoonDays) {

	public TaskSettings {
		if (reportingDay < Deadline.LAST || reportingDay > 31 || reportingMonthOffset < 0 || reportingMonthOffset > 2
				|| dueSoonDays < 0) {
			throw new IllegalArgumentException("baophu.tasks: reporting day 0–31, month offset 0–2, due-soon days ≥ 0");
		}
	}
}
