package vn.baophu.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.text.ParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * A date as people type it into a form or a file: dd/MM/yyyy (d/M/yyyy too) or yyyy-MM-dd, shown as
 * dd/MM/yyyy in every language. Registered once as the formatter of every {@code LocalDate} a form
 * binds (the system module's web configuration).
 */
public final class DateInput implements Formatter<LocalDate> {

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
	private static final DateTimeFormatter DD_MM_YYYY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** dd/MM/yyyy (d/M/yyyy too) or yyyy-MM-dd; empty when the text is neither or no such day exists. */
	public static Optional<LocalDate> parse(String text) {
		String value = text.strip();
		Matcher vietnamese = DAY_MONTH_YEAR.matcher(value);
		Matcher iso = ISO.matcher(value);
		try {
			if (vietnamese.matches()) {
				return Optional.of(LocalDate.of(number(vietnamese, 3), number(vietnamese, 2), number(vietnamese, 1)));
			}
			if (iso.matches()) {
				return Optional.of(LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3)));
			}
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	public static String format(LocalDate date) {
		return date.format(DD_MM_YYYY);
	}

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		return parse(text).orElseThrow(() -> new ParseException("Not a date dd/MM/yyyy: " + text, 0));
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return format(date);
	}

	private static int number(Matcher matcher, int group) {
		return Integer.parseInt(matcher.group(group));
	}
}
