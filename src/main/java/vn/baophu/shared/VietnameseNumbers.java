package vn.baophu.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Display and parsing of numbers the Vietnamese way ({@code 148.806}, {@code 93,08%}), with English
 * ({@code 148,806}, {@code 93.08%}) for any locale whose language is not Vietnamese. The separators
 * are fixed here rather than taken from the JDK's locale data. Display rounds half up to two
 * decimals; missing values ({@code null}) are shown as an em dash.
 * <p>
 * Parsing throws {@link NumberFormatException} with a short English detail; callers turn it into a
 * Vietnamese message naming the row and the field.
 */
public final class VietnameseNumbers {

	/** Shown for a missing value. */
	public static final String MISSING = "—";

	private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

	/** Vietnamese, the main locale. */
	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	/** Grouped digits: 1–3 digits (not starting with 0), then groups of exactly 3 with one separator. */
	private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(?:([. \u00A0\u202F])\\d{3})+");

	private static final Pattern PLAIN = Pattern.compile("\\d+");

	/** A rate: digits (possibly grouped by one kind of separator), optionally a decimal separator and digits. */
	private static final Pattern RATE = Pattern.compile("-?(\\d+|[1-9]\\d{0,2}([.,])\\d{3}(?:\\2\\d{3})*)(?:([.,])(\\d+))?");

	private VietnameseNumbers() {
	}

	// ---- display ----

	/** People in Vietnamese: {@code 148.806}; negative in parentheses {@code (75)}; {@code null} → "—". */
	public static String people(@Nullable Long n) {
		return people(n, VIETNAMESE);
	}

	/** People: {@code 148.806} (vi) / {@code 148,806} (en); negative in parentheses; {@code null} → "—". */
	public static String people(@Nullable Long n, Locale locale) {
		if (n == null) {
			return MISSING;
		}
		String digits = group(BigDecimal.valueOf(n).abs().toPlainString(), groupingSeparator(locale));
		return n < 0 ? "(" + digits + ")" : digits;
	}

	/** A percentage, two decimals half up: {@code 93,08%}, {@code -1,25%}; {@code null} → "—". */
	public static String percent(@Nullable BigDecimal percent) {
		return percent(percent, VIETNAMESE);
	}

	/** A percentage, two decimals half up: {@code 93,08%} (vi) / {@code 93.08%} (en); {@code null} → "—". */
	public static String percent(@Nullable BigDecimal percent, Locale locale) {
		return percent == null ? MISSING : decimal2(percent, locale) + "%";
	}

	/** Percentage points, two decimals half up, always signed: {@code +1,25}, {@code -0,40}, {@code 0,00}. */
	public static String points(@Nullable BigDecimal points) {
		return points(points, VIETNAMESE);
	}

	/**
	 * Percentage points, two decimals half up, always signed ({@code +1,25}, {@code -0,40}); a value
	 * that rounds to zero is {@code 0,00}; {@code null} → "—".
	 */
	public static String points(@Nullable BigDecimal points, Locale locale) {
		if (points == null) {
			return MISSING;
		}
		String text = decimal2(points, locale);
		return points.setScale(2, RoundingMode.HALF_UP).signum() > 0 ? "+" + text : text;
	}

	/** People with a sign: {@code +1.000}, {@code -25}, {@code 0}; {@code null} → "—". */
	public static String signedPeople(@Nullable Long value, Locale locale) {
		if (value == null) {
			return MISSING;
		}
		String digits = people(Math.abs(value), locale);
		return value > 0 ? "+" + digits : value < 0 ? "-" + digits : digits;
	}

	/** A CSS width or position for a percentage, clamped to 0–100 and written {@code 88.92%}; {@code null} → {@code 0%}. */
	public static String barWidth(@Nullable BigDecimal percent) {
		if (percent == null) {
			return "0%";
		}
		BigDecimal clamped = percent.max(BigDecimal.ZERO).min(ONE_HUNDRED);
		return clamped.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** Two decimals half up, Vietnamese: {@code 95,00}, {@code 1.234,50}, {@code -0,40}; {@code null} → "—". */
	public static String decimal2(@Nullable BigDecimal value) {
		return decimal2(value, VIETNAMESE);
	}

	/** Two decimals half up with grouped thousands: {@code 1.234,50} (vi) / {@code 1,234.50} (en). */
	public static String decimal2(@Nullable BigDecimal value, Locale locale) {
		if (value == null) {
			return MISSING;
		}
		BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
		String plain = rounded.abs().toPlainString();
		int dot = plain.indexOf('.');
		String text = group(plain.substring(0, dot), groupingSeparator(locale)) + decimalSeparator(locale)
				+ plain.substring(dot + 1);
		return rounded.signum() < 0 ? "-" + text : text;
	}

	/** Half up to scale 2, for the JSON API; {@code null} stays {@code null}. */
	public static @Nullable BigDecimal round2(@Nullable BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

	private static boolean english(Locale locale) {
		return !"vi".equals(locale.getLanguage());
	}

	private static char groupingSeparator(Locale locale) {
		return english(locale) ? ',' : '.';
	}

	private static char decimalSeparator(Locale locale) {
		return english(locale) ? '.' : ',';
	}

	private static String group(String digits, char separator) {
		StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
		int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
		out.append(digits, 0, head);
		for (int i = head; i < digits.length(); i += 3) {
			out.append(separator).append(digits, i, i + 3);
		}
		return out.toString();
	}

	// ---- parsing ----

	/**
	 * A whole number of people as typed or imported: {@code 148806}, {@code 148.806},
	 * {@code 1.234.567}, {@code 148 806} (space, non-breaking or narrow non-breaking space between
	 * groups of three, one kind of separator per number). Surrounding whitespace is ignored; a leading
	 * {@code -} is parsed (the caller rejects negatives with its own message). A comma is never
	 * accepted: in Vietnamese it is the decimal separator, so {@code 12,5} and {@code 12,500} are
	 * rejected, as are {@code 12.5} and {@code 1.2345} (not groups of three) and {@code 0.500}.
	 *
	 * @throws NumberFormatException with a short English detail
	 */
	public static long parseCount(String text) {
		String s = trim(text);
		if (s.isEmpty()) {
			throw new NumberFormatException("empty");
		}
		boolean negative = s.startsWith("-");
		String body = negative ? s.substring(1) : s;
		String digits;
		if (PLAIN.matcher(body).matches()) {
			digits = body;
		}
		else if (GROUPED.matcher(body).matches() && oneSeparatorKind(body)) {
			digits = body.replaceAll("\\D", "");
		}
		else {
			throw new NumberFormatException("not a whole number: '" + s + "'");
		}
		try {
			return Long.parseLong(negative ? "-" + digits : digits);
		}
		catch (NumberFormatException ex) {
			throw new NumberFormatException("number too large: '" + s + "'");
		}
	}

	/**
	 * A rate in percent: {@code 95}, {@code 95.00}, {@code 95,00}, {@code 95,00%}, {@code 95.5 %},
	 * {@code 22,69}. One decimal separator ({@code .} or {@code ,}) and an optional trailing {@code %}
	 * (whitespace before it allowed). When both separators are present the last one is the decimal
	 * separator and the other must group thousands correctly ({@code 1.234,5} and {@code 1,234.5} are
	 * 1234.5); a number with only one kind of separator must have it once ({@code 1.234.567} is
	 * rejected). The scale is kept as written ({@code 95,00} → 95.00). A leading {@code -} is parsed.
	 *
	 * @throws NumberFormatException with a short English detail
	 */
	public static BigDecimal parseRate(String text) {
		String s = trim(text);
		if (s.endsWith("%")) {
			s = trim(s.substring(0, s.length() - 1));
		}
		if (s.isEmpty()) {
			throw new NumberFormatException("empty");
		}
		Matcher m = RATE.matcher(s);
		if (!m.matches()) {
			throw new NumberFormatException("not a rate: '" + text.strip() + "'");
		}
		String integerPart = m.group(1);
		String decimal = m.group(3);
		boolean grouped = m.group(2) != null;
		if (grouped && (decimal == null || integerPart.contains(decimal))) {
			throw new NumberFormatException("ambiguous separators in rate: '" + text.strip() + "'");
		}
		String integer = integerPart.replaceAll("\\D", "");
		String number = (s.startsWith("-") ? "-" : "") + integer + (decimal == null ? "" : "." + m.group(4));
		return new BigDecimal(number);
	}

	/** Groups are separated by one kind of separator: dots, commas, or spaces (any kind of space). */
	private static boolean oneSeparatorKind(String grouped) {
		int kinds = 0;
		kinds += grouped.indexOf('.') >= 0 ? 1 : 0;
		kinds += grouped.indexOf(',') >= 0 ? 1 : 0;
		kinds += grouped.chars().anyMatch(c -> c == ' ' || c == '\u00A0' || c == '\u202F') ? 1 : 0;
		return kinds <= 1;
	}

	/** Trims whitespace including non-breaking spaces, which {@link String#strip()} keeps. */
	private static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isBlank(text.charAt(start))) {
			start++;
		}
		while (end > start && isBlank(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isBlank(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

}
