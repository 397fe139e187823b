package vn.baophu.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.baophu.imports.Table;
import vn.baophu.imports.TabularFile;
import vn.baophu.imports.UnreadableFileException;

/**
 * Reads a task file (CSV or .xlsx, through the imports module's {@link TabularFile}) with the columns
 * {@code directive_number, directive_date, issuer, directive_kind, directive_title, assignee,
 * assignee_unit_code, task, recurrence, due}. Checks every cell without the database (unit codes are
 * checked by the import); rows of one directive (same number, issuer and date) must agree on its kind
 * and title.
 */
final class TaskCsv {

	static final List<String> REQUIRED = List.of("directive_number", "directive_date", "issuer", "directive_kind",
			"directive_title", "assignee", "task", "recurrence", "due");

	/** A problem before it is put into words: a message key and its arguments. */
	record Problem(int row, String field, String key, List<Object> args) {

		static Problem of(int row, String field, String key, Object... args) {
			return new Problem(row, field, key, List.of(args));
		}
	}

	record Parsed(List<TaskImportLine> lines, List<Problem> problems) {
	}

	private TaskCsv() {
	}

	static Parsed read(byte[] content) {
		return read("tasks.csv", content);
	}

	static Parsed read(String fileName, byte[] content) {
		Table table;
		try {
			table = TabularFile.read(fileName, content);
		}
		catch (UnreadableFileException ex) {
			String key = switch (ex.key()) {
				case "import.error.empty" -> "task.import.error.empty";
				case "import.error.encoding" -> "task.import.error.encoding";
				default -> ex.key();
			};
			return new Parsed(List.of(), List.of(new Problem(0, "", key, ex.args())));
		}
		List<Problem> problems = new ArrayList<>();
		table.missing(REQUIRED).forEach(column ->
				problems.add(Problem.of(table.headerRow(), column, "task.import.error.missingColumn", column)));
		if (!problems.isEmpty()) {
			return new Parsed(List.of(), problems);
		}
		TaskRowCheck rows = new TaskRowCheck(problems);
		for (Table.Row row : table.rows()) {
			Map<String, String> cells = new HashMap<>();
			table.columns().forEach(column -> cells.put(column, row.cell(column)));
			rows.check(row.number(), cells);
		}
		if (rows.lines().isEmpty() && problems.isEmpty()) {
			problems.add(Problem.of(0, "", "task.import.error.empty"));
		}
		return new Parsed(rows.lines(), problems);
	}
}
