package vn.baophu.imports;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * What a checker found in a file: the rows it would save, errors, warnings, how to save them (given
 * the user's name; call only without errors, inside the import's transaction) and the
 * {@link ImportResult#totals()} of what the rows make.
 */
record Checked(int rows, List<Issue> errors, List<Issue> warnings, ToIntFunction<String> saver,
		Map<String, Integer> totals) {

	Checked(int rows, List<Issue> errors, List<Issue> warnings, ToIntFunction<String> saver) {
		this(rows, errors, warnings, saver, Map.of());
	}

	static Checked failed(List<Issue> errors) {
		return new Checked(0, errors, List.of(), user -> {
			throw new IllegalStateException("A file with errors is never saved");
		});
	}
}
