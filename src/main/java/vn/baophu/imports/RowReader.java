package vn.baophu.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a check reads from one row: it checks the cells through the row's {@link RowCheck} and returns
 * how to make the row's value, which is made only when the row has no error.
 */
@FunctionalInterface
interface RowReader<T> {

	Supplier<T> read(RowCheck check, Table.Row row);

	/** Reads every row of the table, each with its own check adding to {@code errors}; the values of the rows without errors. */
	static <T> List<T> readAll(Table table, List<Issue> errors, RowReader<T> reader) {
		List<T> values = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			RowCheck check = new RowCheck(row, errors);
			Supplier<T> value = reader.read(check, row);
			if (check.ok()) {
				values.add(value.get());
			}
		}
		return values;
	}
}
