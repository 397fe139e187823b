package vn.baophu.timeliness;

import java.time.LocalDate;
import java.time.YearMonth;

import vn.baophu.deadline.Deadline;
import vn.baophu.task.TaskSettings;
import vn.baophu.deadline.WeekendRule;

/**
 * The monthly reporting deadline: the figures of a month are due by day {@code day} (0 = the last
 * day) of that month, or of the month {@code monthOffset} months later, moved by the weekend rule.
 * The default is the 25th of the same month, the date kept ({@link TaskSettings}).
 */
public record ReportingRule(int day, int monthOffset, WeekendRule weekendRule) {

	public ReportingRule {
		if (day < Deadline.LAST || day > 31 || monthOffset < 0 || monthOffset > 2) {
			throw new IllegalArgumentException("Reporting day 0–31 and month offset 0–2: " + day + ", " + monthOffset);
		}
	}

	/** The last day on which the figures of the month count as sent on time. */
	public LocalDate dueFor(YearMonth period) {
		return new Deadline.Monthly(day).dueFor(period.plusMonths(monthOffset).atDay(1), weekendRule);
	}
}
