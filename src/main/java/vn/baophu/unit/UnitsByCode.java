package vn.baophu.unit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every unit some codes have named, newest first within a code: what an import looks up once and
 * then asks, row by row, for the unit of the row's month.
 */
public record UnitsByCode(Map<String, List<UnitRef>> versions) {

	/** The unit the code names today: the open one, else the one closed last. */
	public Optional<UnitRef> current(String code) {
		return versions.getOrDefault(code, List.of()).stream().findFirst();
	}

	/** The unit the code named at the end of that month. */
	public Optional<UnitRef> at(String code, YearMonth period) {
		return versions.getOrDefault(code, List.of()).stream().filter(unit -> unit.existsIn(period)).findFirst();
	}

	/**
	 * The unit the code named in that year: the one that existed on 1 January (the year's plan was
	 * made for it), else the newest formed during the year. In a reform year a kept code names both.
	 */
	public Optional<UnitRef> in(String code, int year) {
		List<UnitRef> units = versions.getOrDefault(code, List.of());
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		return units.stream()
			.filter(unit -> unit.existsOn(first))
			.findFirst()
			.or(() -> units.stream()
				.filter(unit -> (unit.openedFrom() == null || !unit.openedFrom().isAfter(last))
						&& (unit.closedFrom() == null || unit.closedFrom().isAfter(first)))
				.findFirst());
	}

	/** Whether the code has named any unit at all. */
	public boolean known(String code) {
		return versions.containsKey(code);
	}

	/** The unit each code names today. */
	public Map<String, UnitRef> current() {
		Map<String, UnitRef> current = new LinkedHashMap<>();
		versions.forEach((code, units) -> current.put(code, units.get(0)));
		return current;
	}
}
