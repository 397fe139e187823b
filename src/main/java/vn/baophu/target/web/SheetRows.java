package vn.baophu.target.web;

import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;
import vn.baophu.unit.UnitRef;

/** What both grids share: the years they accept, and the units their rows must belong to. */
final class SheetRows {

	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2100;

	/** Spring's default of 256 rows would cut a province's grid short. */
	static final int MAX_ROWS = 5000;

	private SheetRows() {
	}

	/** A year between 2000 and 2100, or 400. */
	static int checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Year out of range: " + year);
		}
		return year;
	}

	static int currentYear() {
		return Year.now().getValue();
	}

	static Map<Long, UnitRef> byId(Collection<UnitRef> units) {
		return units.stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
	}

	static List<Long> ids(Collection<UnitRef> units) {
		return units.stream().map(UnitRef::id).toList();
	}

	/** Every row is one of the grid's units; otherwise the tree changed since the page was opened. */
	static boolean allKnown(List<@Nullable Long> unitIds, Map<Long, UnitRef> units, Errors errors) {
		if (unitIds.stream().allMatch(id -> id != null && units.containsKey(id))) {
			return true;
		}
		errors.reject("target.error.unitsChanged");
		return false;
	}
}
