package vn.baophu.system;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.baophu.coverage.TargetRate;
import vn.baophu.shared.VietnameseNumbers;

/**
 * Number and date formats for templates, in the request's language: {@code ${@fmt.people(n)}}
 * gives 148.806 in Vietnamese and (75) for a negative gap.
 */
@Component("fmt")
public class TemplateFormats {

	private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

	public String people(@Nullable Long value) {
		return VietnameseNumbers.people(value, locale());
	}

	public String percent(@Nullable BigDecimal percent) {
		return VietnameseNumbers.percent(percent, locale());
	}

	public String points(@Nullable BigDecimal points) {
		return VietnameseNumbers.points(points, locale());
	}

	public String target(@Nullable TargetRate target) {
		return target == null ? VietnameseNumbers.MISSING : VietnameseNumbers.percent(target.percent(), locale());
	}

	/** CSS class of an achievement cell: at or above the target, or behind it. */
	public String achievementClass(@Nullable BigDecimal achievementPercent) {
		if (achievementPercent == null) {
			return "";
		}
		return achievementPercent.compareTo(ONE_HUNDRED) >= 0 ? "ahead" : "behind";
	}

	/** The last day of the month, as the published tables say "tính đến ngày 30/06/2023". */
	public String monthEnd(YearMonth period) {
		return date(period.atEndOfMonth());
	}

	public String date(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern(isVietnamese() ? "dd/MM/yyyy" : "d MMM yyyy", locale()));
	}

	public String month(YearMonth period) {
		return period.format(DateTimeFormatter.ofPattern(isVietnamese() ? "MM/yyyy" : "MMM yyyy", locale()));
	}

	private static boolean isVietnamese() {
		return "vi".equals(locale().getLanguage());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
