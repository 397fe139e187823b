package vn.baophu.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a file as text cells keyed by column name. The header is the first row that is not
 * blank; header names are compared in lower case with spaces as underscores, so "Unit code" is
 * {@code unit_code}. Blank rows are skipped; row numbers stay those of the file.
 */
record Table(int headerRow, Set<String> columns, List<Row> rows) {

	/** One data row: its number in the file and its cells (trimmed; "" when empty or absent). */
	record Row(int number, Map<String, String> cells) {

		String cell(String column) {
			return cells.getOrDefault(column, "");
		}
	}

	/** A row as a reader found it, before the header is known. */
	record RawRow(int number, List<String> cells) {

		boolean blank() {
			return cells.stream().allMatch(String::isBlank);
		}
	}

	static Table of(List<RawRow> rawRows) {
		RawRow header = rawRows.stream().filter(row -> !row.blank()).findFirst()
				.orElseThrow(() -> new UnreadableFileException("import.error.empty"));
		List<String> names = header.cells().stream().map(Table::columnName).toList();
		List<Row> rows = new ArrayList<>();
		for (RawRow raw : rawRows) {
			if (raw.number() <= header.number() || raw.blank()) {
				continue;
			}
			Map<String, String> cells = new HashMap<>();
			for (int i = 0; i < names.size() && i < raw.cells().size(); i++) {
				if (!names.get(i).isEmpty()) {
					cells.putIfAbsent(names.get(i), raw.cells().get(i).strip());
				}
			}
			rows.add(new Row(raw.number(), cells));
		}
		return new Table(header.number(), new LinkedHashSet<>(names), rows);
	}

	/** The required columns the header lacks, in the given order. */
	List<String> missing(Collection<String> required) {
		return required.stream().filter(column -> !columns.contains(column)).toList();
	}

	/** The distinct non-empty values of a column, e.g. every unit code, for one lookup query. */
	Set<String> values(String column) {
		Set<String> values = new LinkedHashSet<>();
		rows.forEach(row -> {
			if (!row.cell(column).isEmpty()) {
				values.add(row.cell(column));
			}
		});
		return values;
	}

	static String columnName(String header) {
		return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
	}
}
