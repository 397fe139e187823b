package vn.baophu.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.baophu.deadline.Deadline;
import vn.baophu.deadline.DeadlineText;
import vn.baophu.task.TaskInputException.Problem;

/**
 * Checks the rows of a task file one by one, adding a problem for each bad cell (the directive's cells
 * by the rules of {@link DirectiveService#check}), and across rows: one directive (same number, issuer
 * and date) has one kind and one title, and no task appears twice.
 */
final class TaskRowCheck {

	/** The file's columns of the directive, by {@link DirectiveInput}'s field names. */
	private static final Map<String, String> COLUMNS = Map.of("number", "directive_number", "issued", "directive_date",
			"kind", "directive_kind", "title", "directive_title");

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
		List<Problem> found = new ArrayList<>();
		DirectiveDraft directive = DirectiveService.read(new DirectiveInput(cells.get("directive_number"),
				cells.get("directive_date"), cells.get("issuer"), cells.get("directive_kind"), cells.get("directive_title")),
				found);
		String assignee = DirectiveService.text("assignee", cells.get("assignee"), TaskDraft.ASSIGNEE_LENGTH, found);
		String unitCode = cells.getOrDefault("assignee_unit_code", "");
		if (unitCode.length() > TaskDraft.UNIT_CODE_LENGTH) {
			found.add(Problem.of("assignee_unit_code", "task.error.tooLong", unitCode, TaskDraft.UNIT_CODE_LENGTH));
		}
		String description = DirectiveService.text("task", cells.get("task"), TaskDraft.DESCRIPTION_LENGTH, found);
		Deadline deadline = null;
		try {
			deadline = DeadlineText.parse(cells.get("recurrence"), cells.get("due"));
		}
		catch (DeadlineText.BadDeadline ex) {
			found.add(Problem.of(ex.field(), ex.key(), ex.value()));
		}
		found.forEach(problem -> problems.add(new TaskCsv.Problem(row,
				COLUMNS.getOrDefault(problem.field(), problem.field()), problem.key(), problem.args())));
		if (directive == null || assignee == null || description == null || deadline == null || !found.isEmpty()) {
			return;
		}
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

	private void problem(int row, String field, String key, Object... args) {
		problems.add(TaskCsv.Problem.of(row, field, key, args));
	}
}
