package vn.baophu.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import vn.baophu.unit.UnitService;
import vn.baophu.unit.UnitsByCode;

/**
 * The rows of a table that each name a unit in {@code unit_code}, as a check reads them: the units
 * of all the codes are looked up in one query, each row is read through its own {@link RowCheck}, and
 * a row repeating an earlier row's key is an error ({@link DuplicateKeys}). Values are kept for the
 * rows without errors.
 */
record UnitRows<T>(List<T> values, List<Issue> errors) {

	/** What a check reads from one row, given the units the file's codes name and the keys seen so far. */
	@FunctionalInterface
	interface Reader<T> {

		Supplier<T> read(RowCheck check, Table.Row row, UnitsByCode units, DuplicateKeys keys);
	}

	static <T> UnitRows<T> read(Table table, UnitService units, Reader<T> reader) {
		UnitsByCode known = units.byCodes(table.values("unit_code"));
		List<Issue> errors = new ArrayList<>();
		DuplicateKeys keys = new DuplicateKeys();
		List<T> values = RowReader.readAll(table, errors, (check, row) -> reader.read(check, row, known, keys));
		return new UnitRows<>(values, errors);
	}

	/** These rows as a check's result without warnings, saved by {@code saver} (given the user's name). */
	Checked checked(ToIntFunction<String> saver) {
		return new Checked(values.size(), errors, List.of(), saver);
	}
}
