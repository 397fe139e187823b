package vn.baophu.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a task file (UTF-8 CSV with a header row, comma or semicolon separated): {@code directive_number,
 * directive_date, issuer, directive_kind, directive_title, assignee, assignee_unit_code, task, recurrence,
 * due}. Checks every cell without the database (unit codes are checked by the import); rows of one
 * directive (same number, issuer and date) must agree on its kind and title.
 */
final class TaskCsv {

	static final List<String> REQUIRED = List.of("directive_number", "directive_date", "issuer", "directive_kind",
			"directive_title", "assignee", "task", "recurrence", "due");

	/** A problem before it is put into words: a message key of the task bundle and its arguments. */
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
		List<CSVRecord> records;
		try {
			records = records(decode(content));
		}
		catch (IllegalArgumentException ex) {
			return new Parsed(List.of(), List.of(Problem.of(0, "", "task.import.error.encoding")));
		}
		catch (UncheckedIOException ex) {
			return new Parsed(List.of(), List.of(Problem.of(0, "", "task.import.error.unreadable")));
		}
		if (records.isEmpty()) {
			return new Parsed(List.of(), List.of(Problem.of(0, "", "task.import.error.empty")));
		}
		CSVRecord header = records.get(0);
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(columnName(header.get(i)), i);
		}
		List<Problem> problems = new ArrayList<>();
		REQUIRED.stream().filter(column -> !columns.containsKey(column))
			.forEach(column -> problems.add(Problem.of(1, column, "task.import.error.missingColumn", column)));
		if (!problems.isEmpty()) {
			return new Parsed(List.of(), problems);
		}
		TaskRowCheck rows = new TaskRowCheck(problems);
		for (CSVRecord record : records.subList(1, records.size())) {
			Map<String, String> cells = new HashMap<>();
			columns.forEach((name, index) -> cells.put(name, index < record.size() ? record.get(index).strip() : ""));
			if (cells.values().stream().allMatch(String::isEmpty)) {
				continue;
			}
			rows.check((int) record.getRecordNumber(), cells);
		}
		if (rows.lines().isEmpty() && problems.isEmpty()) {
			problems.add(Problem.of(0, "", "task.import.error.empty"));
		}
		return new Parsed(rows.lines(), problems);
	}

	private static List<CSVRecord> records(String text) {
		int end = text.indexOf('\n');
		String firstLine = end < 0 ? text : text.substring(0, end);
		char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
		try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Strict UTF-8, without the byte order mark. */
	private static String decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("Not UTF-8", ex);
		}
	}

	static String columnName(@Nullable String header) {
		return header == null ? "" : header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
	}
}
