package vn.baophu.task.web;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.baophu.shared.VietnameseDates;
import vn.baophu.deadline.Cycle;
import vn.baophu.deadline.Deadline;
import vn.baophu.task.DirectiveDate;

/**
 * Deadlines, cycles and directive dates in words, in the request's language, for templates:
 * {@code ${@taskText.deadline(task.deadline())}} gives "ngày 25 hằng tháng". Public because templates
 * call it.
 */
@Component("taskText")
@RequiredArgsConstructor
public class TaskTexts {

	private final MessageSource messages;

	public String deadline(Deadline deadline) {
		if (deadline instanceof Deadline.OnDate onDate) {
			return message("task.deadline.once", date(onDate.date()));
		}
		if (deadline instanceof Deadline.Weekly weekly) {
			return message("task.deadline.weekly", message("task.weekday." + weekly.day()));
		}
		if (deadline instanceof Deadline.Monthly monthly) {
			return monthly.day() == Deadline.LAST ? message("task.deadline.monthlyLast")
					: message("task.deadline.monthly", monthly.day());
		}
		if (deadline instanceof Deadline.Quarterly quarterly) {
			return quarterly.day() == Deadline.LAST ? message("task.deadline.quarterlyLast")
					: message("task.deadline.quarterly", quarterly.day());
		}
		Deadline.Yearly yearly = (Deadline.Yearly) deadline;
		return message("task.deadline.yearly",
				String.format("%02d/%02d", yearly.day().getDayOfMonth(), yearly.day().getMonthValue()));
	}

	/** The cycle a recurring deadline's status and notes refer to; empty for a one-off deadline. */
	public String cycle(@Nullable Cycle cycle, Deadline deadline) {
		if (cycle == null || !deadline.recurring()) {
			return "";
		}
		return switch (deadline.recurrence()) {
			case WEEKLY -> message("task.cycle.week", date(cycle.start()), date(cycle.end()));
			case MONTHLY -> message("task.cycle.month", month(YearMonth.from(cycle.start())));
			case QUARTERLY -> message("task.cycle.quarter", cycle.start().get(IsoFields.QUARTER_OF_YEAR),
					String.valueOf(cycle.start().getYear()));
			default -> message("task.cycle.year", String.valueOf(cycle.start().getYear()));
		};
	}

	public String issued(DirectiveDate issued) {
		return issued.date() == null ? String.valueOf(issued.year()) : date(issued.date());
	}

	private static String date(LocalDate date) {
		return VietnameseDates.date(date, locale());
	}

	private static String month(YearMonth month) {
		return VietnameseDates.month(month, locale());
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
