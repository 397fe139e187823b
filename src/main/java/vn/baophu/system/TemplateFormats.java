package vn.baophu.system;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.baophu.coverage.TargetRate;
import vn.baophu.shared.HtmlCells;
import vn.baophu.shared.VietnameseDates;
import vn.baophu.shared.VietnameseNumbers;

/**
 * The number and date formats of every template, in the request's language: {@code ${@fmt.people(n)}}
 * gives 148.806 in Vietnamese and (75) for a negative gap, {@code ${@fmt.date(d)}} 30/06/2023.
 */
@Component("fmt")
public class TemplateFormats {

	public String people(@Nullable Long value) {
		return VietnameseNumbers.people(value, locale());
	}

	public String percent(@Nullable BigDecimal percent) {
		return VietnameseNumbers.percent(percent, locale());
	}

	public String points(@Nullable BigDecimal points) {
		return VietnameseNumbers.points(points, locale());
	}

	/** A plain number with two decimals: {@code 2,00} (vi) / {@code 2.00} (en); {@code null} → "—". */
	public String decimal(@Nullable BigDecimal value) {
		return VietnameseNumbers.decimal2(value, locale());
	}

	/** A change in people, always signed: {@code +1.234}, {@code -953}, {@code 0}; {@code null} → "—". */
	public String signedPeople(@Nullable Long value) {
		return VietnameseNumbers.signedPeople(value, locale());
	}

	/**
	 * A percentage as a CSS length for a progress bar, clamped to 0–100 and with a dot:
	 * {@code 93.80%}; {@code null} → {@code 0%}.
	 */
	public String barWidth(@Nullable BigDecimal percent) {
		return VietnameseNumbers.barWidth(percent);
	}

	/** Short month names, January first: T1…T12 in Vietnamese, Jan…Dec in English (chart axes). */
	public List<String> shortMonths() {
		List<String> names = new ArrayList<>(12);
		for (Month month : Month.values()) {
			names.add(isVietnamese() ? "T" + month.getValue() : month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
		}
		return names;
	}

	/** A {@code <td class="num">} per percentage (a row of the dashboard's trend table), see {@link HtmlCells}. */
	public String percentCells(List<@Nullable BigDecimal> percents) {
		StringBuilder html = new StringBuilder(percents.size() * 32);
		percents.forEach(percent -> HtmlCells.td(html, "num", percent(percent)));
		return html.toString();
	}

	/** A {@code <td class="num">} per count of people, see {@link HtmlCells}. */
	public String peopleCells(List<@Nullable Long> people) {
		StringBuilder html = new StringBuilder(people.size() * 32);
		people.forEach(count -> HtmlCells.td(html, "num", people(count)));
		return html.toString();
	}

	public String target(@Nullable TargetRate target) {
		return target == null ? VietnameseNumbers.MISSING : VietnameseNumbers.percent(target.percent(), locale());
	}

	/** CSS class of an achievement cell: at or above the target, or behind it. */
	public String achievementClass(@Nullable BigDecimal achievementPercent) {
		return HtmlCells.achievementClass(achievementPercent);
	}

	/** The last day of the month, as the published tables say "tính đến ngày 30/06/2023". */
	public String monthEnd(YearMonth period) {
		return date(period.atEndOfMonth());
	}

	/** 30/06/2023 (vi) / 30 Jun 2023 (en): the one date format of every page. */
	public String date(LocalDate date) {
		return VietnameseDates.date(date, locale());
	}

	/** A moment in Vietnam's time zone, as 30/06/2023 14:05. */
	public String dateTime(Instant moment) {
		return VietnameseDates.dateTime(moment, locale());
	}

	public String month(YearMonth period) {
		return VietnameseDates.month(period, locale());
	}

	private static boolean isVietnamese() {
		return "vi".equals(locale().getLanguage());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
