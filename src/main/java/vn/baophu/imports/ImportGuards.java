package vn.baophu.imports;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.baophu.figures.ClosedMonth;
import vn.baophu.figures.MonthStatusService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitsByCode;
import vn.baophu.unit.UnitService;

/**
 * What an import may not touch whatever its content: units outside the importing user's subtree,
 * and figures of a month closed for the unit. One query per table for the whole file.
 */
@Component
@RequiredArgsConstructor
class ImportGuards {

	private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-\\d{1,2})?|(\\d{1,2})/(\\d{4})");

	private final UnitService units;
	private final MonthStatusService months;

	/** @param scopePath the subtree the user may change (null = the whole tree) */
	List<Issue> check(ImportKind kind, Table table, @Nullable String scopePath) {
		boolean unitsFile = kind == ImportKind.UNITS;
		Set<String> codes = new HashSet<>();
		for (Table.Row row : table.rows()) {
			codes.add(row.cell(unitsFile ? "code" : "unit_code"));
			if (unitsFile) {
				codes.add(row.cell("parent_code"));
			}
		}
		codes.remove("");
		UnitsByCode versions = units.byCodes(codes);
		Map<String, UnitRef> known = versions.current();
		Map<String, @Nullable YearMonth> periods = new HashMap<>();
		List<ClosedMonth> closed = kind == ImportKind.FIGURES ? months.closedMonths(periods(table, periods)) : List.of();
		List<Issue> issues = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			if (unitsFile) {
				checkUnitRow(row, known, scopePath, issues);
				continue;
			}
			YearMonth rowPeriod = kind == ImportKind.FIGURES ? periods.get(row.cell("period")) : null;
			UnitRef unit = rowPeriod == null ? known.get(row.cell("unit_code"))
					: versions.at(row.cell("unit_code"), rowPeriod).orElse(null);
			if (unit == null) {
				continue;
			}
			if (scopePath != null && !unit.path().startsWith(scopePath)) {
				issues.add(Issue.of(row.number(), "unit_code", "import.error.outOfScope", unit.code()));
			}
			if (closed.isEmpty()) {
				continue;
			}
			YearMonth period = periods.get(row.cell("period"));
			for (ClosedMonth month : closed) {
				if (month.period().equals(period) && month.covers(unit.path())) {
					issues.add(Issue.of(row.number(), "period", "import.error.monthClosed", period, month.unitCode()));
					break;
				}
			}
		}
		return issues;
	}

	private static void checkUnitRow(Table.Row row, Map<String, UnitRef> known, @Nullable String scopePath,
			List<Issue> issues) {
		if (scopePath == null) {
			return;
		}
		UnitRef existing = known.get(row.cell("code"));
		UnitRef parent = known.get(row.cell("parent_code"));
		if (existing != null && !existing.path().startsWith(scopePath)) {
			issues.add(Issue.of(row.number(), "code", "import.error.outOfScope", existing.code()));
		}
		else if (row.cell("parent_code").isEmpty()) {
			issues.add(Issue.of(row.number(), "parent_code", "import.error.outOfScope", row.cell("code")));
		}
		else if (parent != null && !parent.path().startsWith(scopePath)) {
			issues.add(Issue.of(row.number(), "parent_code", "import.error.outOfScope", parent.code()));
		}
	}

	/** The months of the file; {@code read} keeps each distinct cell's month (a national file has a dozen). */
	private static Set<YearMonth> periods(Table table, Map<String, @Nullable YearMonth> read) {
		Set<YearMonth> periods = new HashSet<>();
		table.rows().forEach(row -> {
			String cell = row.cell("period");
			YearMonth period = read.containsKey(cell) ? read.get(cell) : period(cell);
			read.put(cell, period);
			if (period != null) {
				periods.add(period);
			}
		});
		return periods;
	}

	/** Leniently, as the figures check reads it; a bad period is that check's error to report. */
	private static @Nullable YearMonth period(String text) {
		Matcher matcher = PERIOD.matcher(text.trim());
		if (!matcher.matches()) {
			return null;
		}
		try {
			return matcher.group(1) != null ? YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)))
					: YearMonth.of(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(3)));
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}
}
