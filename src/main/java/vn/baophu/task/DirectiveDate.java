package vn.baophu.task;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import vn.baophu.shared.DateInput;

/**
 * When a directive was issued: a full date, or only its year when that is all the source gives
 * ("2022" in the Đồng Tháp file). Kept as given.
 */
public record DirectiveDate(int year, @Nullable LocalDate date) {

	public static final int FIRST_YEAR = 1945;
	public static final int LAST_YEAR = 2200;

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	public DirectiveDate {
		if (date != null && date.getYear() != year) {
			throw new IllegalArgumentException("The date " + date + " is not in " + year);
		}
	}

	public static DirectiveDate of(LocalDate date) {
		return new DirectiveDate(date.getYear(), date);
	}

	/** dd/MM/yyyy, yyyy-MM-dd or a year alone. */
	public static Optional<DirectiveDate> parse(String text) {
		String value = text.strip();
		if (YEAR.matcher(value).matches()) {
			int year = Integer.parseInt(value);
			return year < FIRST_YEAR || year > LAST_YEAR ? Optional.empty() : Optional.of(new DirectiveDate(year, null));
		}
		return DateInput.parse(value)
			.filter(date -> date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR)
			.map(DirectiveDate::of);
	}

	/** The first day the directive's recurring tasks count from: its date, or 1 January of its year. */
	public LocalDate startsOn() {
		return date != null ? date : LocalDate.of(year, 1, 1);
	}

	/** As written: 31/07/2023, or 2022 (and so in JSON). */
	@JsonValue
	public String text() {
		return date != null ? DateInput.format(date) : String.valueOf(year);
	}
}
