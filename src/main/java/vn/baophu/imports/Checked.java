package vn.baophu.imports;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * What a checker found in a file: the rows it would save, errors, warnings, and how to save them
 * (given the user's name; call only without errors, inside the import's transaction).
 */
record Checked(int rows, List<Issue> errors, List<Issue> warnings, ToIntFunction<String> saver) {

	static Checked failed(List<Issue> errors) {
		return new Checked(0, errors, List.of(), user -> {
			throw new IllegalStateException("A file with errors is never saved");
		});
	}
}
