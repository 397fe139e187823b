package vn.baophu.report.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.baophu.shared.VietnameseDates;
import vn.baophu.shared.VietnameseNumbers;

/**
 * Labels and display formats of one export in one language: messages from the bundles, numbers as
 * {@link VietnameseNumbers} writes them ({@code 148.806}, {@code 93,08%} in Vietnamese;
 * {@code 148,806}, {@code 93.08%} in English), dates as {@code 30/06/2023} or {@code 30 Jun 2023}.
 * The PDF template calls {@link #cell} for every cell.
 */
public final class ExportFormats {

	private final MessageSource messages;
	private final Locale locale;

	ExportFormats(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public Locale locale() {
		return locale;
	}

	public boolean vietnamese() {
		return "vi".equals(locale.getLanguage());
	}

	/** A message; arguments should be strings already formatted here (MessageFormat would group a year). */
	public String message(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/**
	 * Any text as a quoted CSS string for the page's own style sheet (the footer's title): every ASCII
	 * character but letters, digits and the space is written as a hexadecimal escape (ended by a
	 * space, which CSS consumes as part of it), so that a unit
	 * named {@code Xã <b>A</b> & "B"}} can neither end the string or the rule nor break the XHTML.
	 */
	public String cssString(String text) {
		StringBuilder css = new StringBuilder(text.length() + 8).append('"');
		text.codePoints().forEach(c -> {
			if (c >= 0x80 ? !Character.isISOControl(c) : Character.isLetterOrDigit(c) || c == ' ') {
				css.appendCodePoint(c);
			}
			else {
				css.append(String.format(Locale.ROOT, "\\%X ", c));
			}
		});
		return css.append('"').toString();
	}

	/** A cell as the PDF shows it. */
	public String cell(ExportTable.Cell cell) {
		BigDecimal value = cell.value();
		if (value == null) {
			return cell.text();
		}
		return switch (cell.kind()) {
			case TEXT, BLANK -> cell.text();
			case ORDINAL -> value.toPlainString();
			case COUNT -> people(value.longValueExact());
			case CHANGE -> (value.signum() > 0 ? "+" : value.signum() < 0 ? "-" : "")
					+ people(value.abs().longValueExact());
			case PERCENT -> VietnameseNumbers.percent(value, locale) + (cell.derived() ? "*" : "");
			case POINTS -> VietnameseNumbers.points(value, locale);
		};
	}

	/** The CSS class of a cell in the PDF: numbers on the right, a missing value centred, names unbroken. */
	public String cssClass(ExportTable.Cell cell) {
		return switch (cell.kind()) {
			case TEXT -> "name";
			case BLANK -> "";
			case ORDINAL -> "ordinal";
			default -> cell.value() == null ? "missing" : "num";
		};
	}

	/**
	 * The share of the page width a PDF column gets: the number narrow, the name wide, the figures
	 * evenly, as in the published tables (the CSS percentage, written with a dot in any language).
	 */
	public String columnWidth(ExportTable table, int column) {
		int columns = table.columns().size();
		double width = column == 0 ? 4 : column == 1 ? 18 : 78.0 / (columns - 2);
		return String.format(Locale.ROOT, "%.2f%%", width);
	}

	public String people(@Nullable Long people) {
		return VietnameseNumbers.people(people, locale);
	}

	/** The last day of the month: the tables say "tính đến ngày 30/06/2023". */
	public String monthEnd(YearMonth period) {
		return date(period.atEndOfMonth());
	}

	public String date(LocalDate date) {
		return VietnameseDates.date(date, locale);
	}

	public String month(YearMonth period) {
		return VietnameseDates.month(period, locale);
	}
}
