package vn.baophu.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as the pages and messages show them: 30/06/2023, 06/2023 and 30/06/2023 14:05 in
 * Vietnamese; 30 Jun 2023, Jun 2023 and 30 Jun 2023 14:05 in English. Times are Vietnam's.
 */
public final class VietnameseDates {

	private VietnameseDates() {
	}

	public static String date(LocalDate date, Locale locale) {
		return date.format(DateTimeFormatter.ofPattern(vietnamese(locale) ? "dd/MM/yyyy" : "d MMM yyyy", locale));
	}

	public static String month(YearMonth month, Locale locale) {
		return month.format(DateTimeFormatter.ofPattern(vietnamese(locale) ? "MM/yyyy" : "MMM yyyy", locale));
	}

	public static String dateTime(Instant moment, Locale locale) {
		return DateTimeFormatter.ofPattern(vietnamese(locale) ? "dd/MM/yyyy HH:mm" : "d MMM yyyy HH:mm", locale)
			.format(moment.atZone(VietnamTime.ZONE));
	}

	private static boolean vietnamese(Locale locale) {
		return "vi".equals(locale.getLanguage());
	}
}
