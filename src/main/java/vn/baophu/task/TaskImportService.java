package vn.baophu.task;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.imports.ImportProblem;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * Imports directives and their tasks from a CSV file into a unit (the level whose steering committee
 * follows them). Every row is checked first; a file with any error saves nothing. A directive already
 * kept under the unit with the same number, issuer and date is reused, and a task of it with the same
 * assignee and description is updated rather than added again, so importing a file twice changes
 * nothing. Assignee units must lie in the unit's subtree.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TaskImportService {

	private static final Logger log = LoggerFactory.getLogger(TaskImportService.class);

	private final UnitService units;
	private final DirectiveService directives;
	private final TaskRepository tasks;
	private final MessageSource messages;
	private final Today today;

	private record Checked(List<TaskImportLine> lines, List<TaskCsv.Problem> problems, Map<String, UnitRef> units) {
	}

	/** Checks the file; saves nothing. */
	public TaskImportResult preview(UnitRef unit, byte[] content, SignedInUser user, Locale locale) {
		user.checkCanManage(unit.path());
		return result(check(unit, content), locale);
	}

	@Transactional
	public TaskImportResult importFile(UnitRef unit, byte[] content, SignedInUser user, Locale locale) {
		user.checkCanManage(unit.path());
		return save(unit, content, user.username(), locale);
	}

	/** Without a permission check: for the demo data, loaded by the system. */
	@Transactional
	TaskImportResult save(UnitRef unit, byte[] content, String user, Locale locale) {
		Checked checked = check(unit, content);
		if (!checked.problems().isEmpty()) {
			log.info("Task import into {} by {} refused: {} errors", unit.code(), user, checked.problems().size());
			return result(checked, locale);
		}
		Map<String, Long> directiveIds = new LinkedHashMap<>();
		for (TaskImportLine line : checked.lines()) {
			long directiveId = directiveIds.computeIfAbsent(TaskRowCheck.key(line.directive()),
					key -> directives.findSame(unit, line.directive())
						.map(directive -> DirectiveService.required(directive.getId()))
						.orElseGet(() -> directives.save(unit, line.directive(), user)));
			UnitRef assignee = line.assigneeUnitCode() == null ? null : checked.units().get(line.assigneeUnitCode());
			TaskDraft draft = new TaskDraft(line.assignee(), assignee == null ? null : assignee.id(), line.description(),
					line.deadline(), line.directive().issued().startsOn(), null);
			tasks.findByDirectiveIdOrderById(directiveId).stream()
				.filter(task -> task.getAssigneeName().equals(line.assignee())
						&& task.getDescription().equals(line.description()))
				.findFirst()
				.ifPresentOrElse(task -> task.update(draft),
						() -> tasks.save(new Task(directiveId, draft, user, today.now())));
		}
		tasks.flush();
		log.info("Imported {} tasks of {} directives into {} by {}", checked.lines().size(), directiveIds.size(),
				unit.code(), user);
		return result(checked, locale);
	}

	private Checked check(UnitRef unit, byte[] content) {
		TaskCsv.Parsed parsed = TaskCsv.read(content);
		List<TaskCsv.Problem> problems = new ArrayList<>(parsed.problems());
		Map<String, UnitRef> known = units.findByCodes(parsed.lines().stream()
			.map(TaskImportLine::assigneeUnitCode)
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		for (TaskImportLine line : parsed.lines()) {
			String code = line.assigneeUnitCode();
			TaskInputException.Problem problem = code == null ? null
					: TaskRules.unitProblem(known.get(code), code, unit.path(), unit.name(), null);
			if (problem != null) {
				problems.add(new TaskCsv.Problem(line.row(), "assignee_unit_code",
						problem.key().replace("task.form.", "task.import.error."), problem.args()));
			}
		}
		problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
		return new Checked(parsed.lines(), problems, known);
	}

	private TaskImportResult result(Checked checked, Locale locale) {
		long directiveCount = checked.lines().stream().map(line -> TaskRowCheck.key(line.directive())).distinct().count();
		List<ImportProblem> errors = checked.problems().stream().map(problem -> words(problem, locale)).toList();
		return new TaskImportResult(checked.lines(), (int) directiveCount, checked.lines().size(), errors);
	}

	private ImportProblem words(TaskCsv.Problem problem, Locale locale) {
		String detail = messages.getMessage(problem.key(), problem.args().stream().map(String::valueOf).toArray(), locale);
		String message = problem.row() == 0 ? detail
				: messages.getMessage("task.import.problem", new Object[] { String.valueOf(problem.row()),
						problem.field(), detail }, locale);
		return new ImportProblem(problem.row(), problem.field(), message);
	}
}
