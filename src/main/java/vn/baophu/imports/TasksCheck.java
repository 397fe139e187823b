package vn.baophu.imports;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.baophu.task.DirectiveInput;
import vn.baophu.task.TaskFiles;
import vn.baophu.task.TaskInput;
import vn.baophu.task.TaskInputException.Problem;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.unit.UnitsByCode;

/**
 * tasks: {@code directive_number,directive_date,issuer,directive_kind,directive_title,assignee,task,
 * recurrence,due,assignee_unit_code,unit_code}, directives and their tasks. A row's directive is kept
 * under its {@code unit_code}, or when that is empty under the unit the file is imported into: the top
 * of the import's subtree, as the task pages give it. Each row is held to the task module's rules
 * ({@link TaskInput}'s constraints, then {@link TaskFiles#read}: the assignee unit lies in that unit's
 * subtree); across rows, one directive (same unit, number, issuer and date) has one kind and one title,
 * and no task appears twice.
 */
@Component
@RequiredArgsConstructor
class TasksCheck implements KindCheck {

	/** The file's columns by the field names of {@link DirectiveInput} and {@link TaskInput}. */
	private static final Map<String, String> COLUMNS = Map.of("number", "directive_number", "issued", "directive_date",
			"kind", "directive_kind", "title", "directive_title", "assigneeUnit", "assignee_unit_code", "description",
			"task");

	private final TaskFiles tasks;
	private final UnitService units;
	private final Validator validator;

	/** The rows that can be saved, and every error. */
	record Read(List<TaskFiles.Line> lines, List<Issue> errors) {
	}

	@Override
	public Checked check(Table table, ImportContext context) {
		Read read = read(table, scopeUnit(context.scopePath()));
		long directives = read.lines().stream().map(TaskFiles.Line::directiveKey).distinct().count();
		return new Checked(read.lines().size(), read.errors(), List.of(), user -> tasks.save(read.lines(), user),
				Map.of("directives", (int) directives));
	}

	/** @param importedInto where rows without a unit_code keep their directive (null: they must name one) */
	Read read(Table table, @Nullable UnitRef importedInto) {
		Set<String> codes = new HashSet<>(table.values("unit_code"));
		codes.addAll(table.values("assignee_unit_code"));
		UnitsByCode versions = units.byCodes(codes);
		Map<String, UnitRef> known = versions.current();
		List<Issue> errors = new ArrayList<>();
		Map<String, TaskFiles.Line> directives = new HashMap<>();
		Map<String, Integer> taskRows = new HashMap<>();
		List<TaskFiles.Line> lines = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			RowCheck check = new RowCheck(row, errors);
			UnitRef unit = row.cell("unit_code").isEmpty() ? importedInto : check.unit("unit_code", known, false);
			if (unit == null && row.cell("unit_code").isEmpty()) {
				check.error("unit_code", "import.error.required");
			}
			TaskInput input = new TaskInput(row.cell("assignee"), row.cell("assignee_unit_code"), row.cell("task"),
					row.cell("recurrence"), row.cell("due"), null, null);
			validator.validate(input).stream()
				.sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
				.forEach(violation -> check.error(column(violation.getPropertyPath().toString()),
						violation.getMessageTemplate().replaceAll("^\\{|}$", "")));
			if (unit == null) {
				continue;
			}
			List<Problem> problems = new ArrayList<>();
			TaskFiles.Line line = tasks.read(row.number(), unit, new DirectiveInput(row.cell("directive_number"),
					row.cell("directive_date"), row.cell("issuer"), row.cell("directive_kind"), row.cell("directive_title")),
					input, versions, problems);
			// A unit's problem reads as a cell's ("không có đơn vị mã…"), not as the page's sentence.
			problems.forEach(problem -> check.error(column(problem.field()), problem.field().equals("assigneeUnit")
					? problem.key().replace("task.form.", "task.import.error.") : problem.key(), problem.args().toArray()));
			if (line != null && check.ok() && sameDirective(check, line, directives)) {
				String task = line.directiveKey() + "\n" + line.task().assigneeName() + "\n" + line.task().description();
				Integer first = taskRows.putIfAbsent(task, row.number());
				if (first != null) {
					check.error("task", "task.import.error.duplicate", first);
				}
				else {
					lines.add(line);
				}
			}
		}
		errors.sort(Comparator.comparingInt(Issue::row));
		return new Read(lines, errors);
	}

	/** The first row of a directive says its kind and title; a later row of it may not say others. */
	private static boolean sameDirective(RowCheck check, TaskFiles.Line line, Map<String, TaskFiles.Line> directives) {
		TaskFiles.Line first = directives.putIfAbsent(line.directiveKey(), line);
		if (first == null) {
			return true;
		}
		if (first.directive().kind() != line.directive().kind()) {
			check.error("directive_kind", "task.import.error.otherKind", first.row());
		}
		else if (!first.directive().title().equals(line.directive().title())) {
			check.error("directive_title", "task.import.error.otherTitle", first.row());
		}
		return check.ok();
	}

	/** The unit at the top of the subtree (a unit's path ends with its id); null for the whole tree. */
	private @Nullable UnitRef scopeUnit(@Nullable String scopePath) {
		if (scopePath == null) {
			return null;
		}
		String[] ids = scopePath.split("/");
		try {
			return units.findById(Long.parseLong(ids[ids.length - 1])).orElse(null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String column(String field) {
		return COLUMNS.getOrDefault(field, field);
	}
}
