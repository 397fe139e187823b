package vn.baophu.unit;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Asked for a unit code that does not exist, or that named no unit in the month asked for: 404 for
 * pages and API alike. {@code others}: the units the code did name, and when (empty when none).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnitNotFoundException extends RuntimeException {

	private final String code;

	private final @Nullable YearMonth period;

	private final List<UnitRef> others;

	public UnitNotFoundException(String code) {
		this(code, null, List.of());
	}

	public UnitNotFoundException(String code, @Nullable YearMonth period, List<UnitRef> others) {
		super(period == null || others.isEmpty() ? "No unit with code " + code
				: "No unit with code " + code + " in " + period + "; the code named " + others.stream()
					.map(unit -> unit.name() + " (" + unit.openedFrom() + " – " + unit.closedFrom() + ")")
					.toList());
		this.code = code;
		this.period = period;
		this.others = List.copyOf(others);
	}

	public String code() {
		return code;
	}

	public @Nullable YearMonth period() {
		return period;
	}

	public List<UnitRef> others() {
		return others;
	}
}
