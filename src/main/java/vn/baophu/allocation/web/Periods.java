package vn.baophu.allocation.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Reads the {@code period=YYYY-MM} parameter; a malformed one is the client's mistake (400). */
final class Periods {

	private Periods() {
	}

	static @Nullable YearMonth parse(@Nullable String period) {
		if (period == null || period.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(period.trim());
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "period must be YYYY-MM: " + period);
		}
	}
}
