package vn.baophu.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import vn.baophu.shared.VietnameseNumbers;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitsByCode;

/**
 * Reads the cells of one row, adding an error for each bad one: every reader returns null for an
 * empty optional cell and for a bad cell, so a checker reads all fields and then asks {@link #ok()}.
 */
final class RowCheck {

	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2100;

	private static final Pattern ISO_PERIOD = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
	private static final Pattern SLASH_PERIOD = Pattern.compile("(\\d{1,2})/(\\d{4})");
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Table.Row row;
	private final List<Issue> errors;
	private boolean ok = true;

	RowCheck(Table.Row row, List<Issue> errors) {
		this.row = row;
		this.errors = errors;
	}

	int number() {
		return row.number();
	}

	/** No error on this row so far. */
	boolean ok() {
		return ok;
	}

	void error(String field, String key, Object... args) {
		errors.add(Issue.of(row.number(), field, key, args));
		ok = false;
	}

	/** The cell's text; null when empty (an error if required) or longer than {@code maxLength}. */
	@Nullable String text(String field, boolean required, int maxLength) {
		String value = row.cell(field);
		if (value.isEmpty()) {
			if (required) {
				error(field, "import.error.required");
			}
			return null;
		}
		if (value.length() > maxLength) {
			error(field, "import.error.tooLong", value, String.valueOf(maxLength));
			return null;
		}
		return value;
	}

	/** A whole, non-negative number of people: 148806, 148.806 or 148 806. */
	@Nullable Long count(String field, boolean required) {
		String value = text(field, required, Integer.MAX_VALUE);
		if (value == null) {
			return null;
		}
		try {
			long count = VietnameseNumbers.parseCount(value);
			if (count < 0) {
				error(field, "import.error.negative", value);
				return null;
			}
			return count;
		}
		catch (NumberFormatException ex) {
			BigDecimal decimal = value.endsWith("%") ? null : decimalOrNull(value);
			if (decimal == null) {
				error(field, "import.error.notNumber", value);
			}
			else {
				error(field, decimal.signum() < 0 ? "import.error.negative" : "import.error.notWhole", value);
			}
			return null;
		}
	}

	/** A required year between 2000 and 2100. */
	@Nullable Integer year(String field) {
		Long year = count(field, true);
		if (year == null) {
			return null;
		}
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			error(field, "import.error.yearRange", row.cell(field), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
			return null;
		}
		return year.intValue();
	}

	/** A required rate in percent from 0 to 100: 95, 95.00, 95,00 or 95,00%. */
	@Nullable BigDecimal rate(String field) {
		String value = text(field, true, Integer.MAX_VALUE);
		if (value == null) {
			return null;
		}
		BigDecimal rate = decimalOrNull(value);
		if (rate == null) {
			error(field, "import.error.notNumber", value);
		}
		else if (rate.signum() < 0) {
			error(field, "import.error.negative", value);
		}
		else if (rate.compareTo(HUNDRED) > 0) {
			error(field, "import.error.rateAbove100", value);
		}
		else {
			return rate;
		}
		return null;
	}

	/** A required month: 2023-06, 06/2023 or a date in it (an .xlsx date cell reads as 2023-06-01). */
	@Nullable YearMonth period(String field) {
		String value = text(field, true, Integer.MAX_VALUE);
		if (value == null) {
			return null;
		}
		YearMonth period = null;
		try {
			Matcher iso = ISO_PERIOD.matcher(value);
			Matcher slash = SLASH_PERIOD.matcher(value);
			if (iso.matches()) {
				period = YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
				if (iso.group(3) != null) {
					LocalDate.of(period.getYear(), period.getMonth(), Integer.parseInt(iso.group(3)));
				}
			}
			else if (slash.matches()) {
				period = YearMonth.of(Integer.parseInt(slash.group(2)), Integer.parseInt(slash.group(1)));
			}
		}
		catch (DateTimeException ex) {
			period = null;
		}
		if (period == null || period.getYear() < FIRST_YEAR || period.getYear() > LAST_YEAR) {
			error(field, "import.error.period", value);
			return null;
		}
		return period;
	}

	/** A required unit code that exists; with {@code leafOnly}, a unit without children. */
	@Nullable UnitRef unit(String field, Map<String, UnitRef> units, boolean leafOnly) {
		String code = text(field, true, Integer.MAX_VALUE);
		if (code == null) {
			return null;
		}
		return unit(field, code, units.get(code), "import.error.unknownUnit", leafOnly);
	}

	/**
	 * As {@link #unit(String, Map, boolean)} for the unit the code named at the end of the row's month
	 * (the unit it names today when the month is unreadable, which is then that cell's error).
	 */
	@Nullable UnitRef unit(String field, UnitsByCode units, @Nullable YearMonth period, boolean leafOnly) {
		return unitThen(field, units, period, code -> units.at(code, period), "import.error.unitNotInMonth", leafOnly);
	}

	/** As {@link #unit(String, UnitsByCode, YearMonth, boolean)} for the unit the code named in the row's year. */
	@Nullable UnitRef unitInYear(String field, UnitsByCode units, @Nullable Integer year, boolean leafOnly) {
		return unitThen(field, units, year, code -> units.in(code, year), "import.error.unitNotInYear", leafOnly);
	}

	/** The unit a known code named {@code when} (today's when that is unreadable, null), else an error with notThenKey. */
	private @Nullable UnitRef unitThen(String field, UnitsByCode units, @Nullable Object when,
			Function<String, Optional<UnitRef>> namedThen, String notThenKey, boolean leafOnly) {
		String code = text(field, true, Integer.MAX_VALUE);
		if (code == null) {
			return null;
		}
		if (when == null || !units.known(code)) {
			return unit(field, code, units.current(code).orElse(null), "import.error.unknownUnit", leafOnly);
		}
		return unit(field, code, namedThen.apply(code).orElse(null), notThenKey, leafOnly, when);
	}

	private @Nullable UnitRef unit(String field, String code, @Nullable UnitRef unit, String missingKey,
			boolean leafOnly, Object... when) {
		if (unit == null) {
			Object[] args = new Object[when.length + 1];
			args[0] = code;
			System.arraycopy(when, 0, args, 1, when.length);
			error(field, missingKey, args);
			return null;
		}
		if (leafOnly && !unit.leaf()) {
			error(field, "import.error.unitHasChildren", code);
			return null;
		}
		return unit;
	}

	private static @Nullable BigDecimal decimalOrNull(String value) {
		try {
			return VietnameseNumbers.parseRate(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
