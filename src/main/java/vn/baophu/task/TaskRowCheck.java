package vn.baophu.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Checks the rows of a task file one by one, adding a problem for each bad cell, and across rows: one
 * directive (same number, issuer and date) has one kind and one title, and no task appears twice.
 */
final class TaskRowCheck {

	private final List<TaskCsv.Problem> problems;
	private final List<TaskImportLine> lines = new ArrayList<>();
	private final Map<String, TaskImportLine> directives = new HashMap<>();
	private final Map<String, Integer> tasks = new HashMap<>();

	TaskRowCheck(List<TaskCsv.Problem> problems) {
		this.problems = problems;
	}

	List<TaskImportLine> lines() {
		return lines;
	}

	void check(int row, Map<String, String> cells) {
		int before = problems.size();
		String number = text(row, cells, "directive_number", DirectiveDraft.NUMBER_LENGTH);
		DirectiveDate date = DirectiveDate.parse(cells.get("directive_date")).orElse(null);
		if (date == null) {
			problem(row, "directive_date", cells.get("directive_date").isEmpty() ? "task.error.required"
					: "task.import.error.directiveDate", cells.get("directive_date"));
		}
		String issuer = text(row, cells, "issuer", DirectiveDraft.ISSUER_LENGTH);
		DirectiveKind kind = DirectiveKind.parse(cells.get("directive_kind")).orElse(null);
		if (kind == null) {
			problem(row, "directive_kind", "task.import.error.kind", cells.get("directive_kind"));
		}
		String title = text(row, cells, "directive_title", DirectiveDraft.TITLE_LENGTH);
		String assignee = text(row, cells, "assignee", TaskDraft.ASSIGNEE_LENGTH);
		String unitCode = cells.getOrDefault("assignee_unit_code", "");
		if (unitCode.length() > TaskDraft.UNIT_CODE_LENGTH) {
			problem(row, "assignee_unit_code", "task.error.tooLong", unitCode, TaskDraft.UNIT_CODE_LENGTH);
		}
		String description = text(row, cells, "task", TaskDraft.DESCRIPTION_LENGTH);
		Deadline deadline = null;
		try {
			deadline = DeadlineText.parse(cells.get("recurrence"), cells.get("due"));
		}
		catch (DeadlineText.BadDeadline ex) {
			problem(row, ex.field(), ex.key(), ex.value());
		}
		if (problems.size() > before) {
			return;
		}
		DirectiveDraft directive = new DirectiveDraft(number, date, issuer, kind, title);
		TaskImportLine line = new TaskImportLine(row, directive, assignee, unitCode.isEmpty() ? null : unitCode,
				description, deadline);
		if (sameDirective(line) && firstTime(line)) {
			lines.add(line);
		}
	}

	private boolean sameDirective(TaskImportLine line) {
		DirectiveDraft directive = line.directive();
		TaskImportLine first = directives.putIfAbsent(key(directive), line);
		if (first == null) {
			return true;
		}
		if (first.directive().kind() != directive.kind()) {
			problem(line.row(), "directive_kind", "task.import.error.otherKind", first.row());
			return false;
		}
		if (!first.directive().title().equals(directive.title())) {
			problem(line.row(), "directive_title", "task.import.error.otherTitle", first.row());
			return false;
		}
		return true;
	}

	private boolean firstTime(TaskImportLine line) {
		Integer first = tasks.putIfAbsent(key(line.directive()) + "\n" + line.assignee() + "\n" + line.description(),
				line.row());
		if (first != null) {
			problem(line.row(), "task", "task.import.error.duplicate", first);
			return false;
		}
		return true;
	}

	static String key(DirectiveDraft directive) {
		return directive.number() + "\n" + directive.issuer() + "\n" + directive.issued().text();
	}

	private @Nullable String text(int row, Map<String, String> cells, String field, int maxLength) {
		String value = cells.get(field);
		if (value.isEmpty()) {
			problem(row, field, "task.error.required", value);
			return null;
		}
		if (value.length() > maxLength) {
			problem(row, field, "task.error.tooLong", value.substring(0, 40) + "…", maxLength);
			return null;
		}
		return value;
	}

	private void problem(int row, String field, String key, Object... args) {
		problems.add(TaskCsv.Problem.of(row, field, key, args));
	}
}
