package vn.baophu.task;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.task.TaskInputException.Problem;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitsByCode;

/**
 * The task module's side of a task file, which the imports module reads: each row is a directive and
 * a task, checked by the rules of the page and the API ({@link DirectiveService#check},
 * {@link TaskRules}) for a directive kept under a unit, and the rows are saved at once. A directive
 * already kept under the unit with the same number, issuer and date is reused, and a task of it with
 * the same assignee and description is updated rather than added again, so importing a file twice
 * changes nothing.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TaskFiles {

	private final DirectiveService directives;
	private final TaskRepository tasks;
	private final TaskRules rules;
	private final Today today;

	/** A row as it will be saved: its directive, kept under {@code unit}, and its task. */
	public record Line(int row, UnitRef unit, DirectiveDraft directive, TaskDraft task) {

		/** Rows with the same key are tasks of one directive. */
		public String directiveKey() {
			return unit.id() + "\n" + directive.number() + "\n" + directive.issuer() + "\n" + directive.issued().text();
		}
	}

	/**
	 * The row for a directive kept under {@code unit}, or null with a problem (by the field names of
	 * {@link DirectiveInput} and {@link TaskInput}) for each rule it breaks; the task is checked even
	 * when the directive is not. {@code units}: every unit the file's codes have named, looked up once;
	 * an assignee code names the unit it named when the directive was issued (a reform may have given
	 * the code to another unit since), else the one it names today.
	 */
	public @Nullable Line read(int row, UnitRef unit, DirectiveInput directive, TaskInput task, UnitsByCode units,
			List<Problem> problems) {
		List<Problem> found = new ArrayList<>();
		DirectiveDraft draft = DirectiveService.read(directive, found);
		// Without a readable date the task's cycles have no start; its draft is then never used.
		LocalDate start = draft == null ? LocalDate.EPOCH : draft.issued().startsOn();
		YearMonth issued = YearMonth.from(start);
		TaskDraft taskDraft = rules.read(task, unit, start,
				code -> units.at(code, issued).or(() -> units.current(code)), found);
		problems.addAll(found);
		return draft == null || taskDraft == null ? null : new Line(row, unit, draft, taskDraft);
	}

	/**
	 * Saves the lines, read by {@link #read} from a file without errors, without a permission check
	 * (the import checked the user's subtree); the tasks saved.
	 */
	@Transactional
	public int save(List<Line> lines, String user) {
		Map<String, Long> directiveIds = new HashMap<>();
		for (Line line : lines) {
			long directiveId = directiveIds.computeIfAbsent(line.directiveKey(),
					key -> directives.findSame(line.unit(), line.directive())
						.map(directive -> DirectiveService.required(directive.getId()))
						.orElseGet(() -> directives.save(line.unit(), line.directive(), user)));
			TaskDraft draft = line.task();
			tasks.findByDirectiveIdOrderById(directiveId).stream()
				.filter(task -> task.getAssigneeName().equals(draft.assigneeName())
						&& task.getDescription().equals(draft.description()))
				.findFirst()
				.ifPresentOrElse(task -> task.update(draft),
						() -> tasks.save(new Task(directiveId, draft, user, today.now())));
		}
		tasks.flush();
		return lines.size();
	}
}
