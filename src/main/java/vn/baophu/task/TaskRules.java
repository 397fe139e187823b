package vn.baophu.task;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.baophu.deadline.Deadline;
import vn.baophu.deadline.DeadlineText;
import vn.baophu.task.TaskInputException.Problem;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * The rules of a task's input, whichever way it came (the page, the API, a task file): an assignee
 * (a name or a unit); the assignee unit exists, is the user's to see, and lies in the subtree of the
 * directive's unit; a deadline whose due fits its recurrence; no end before the start.
 */
@Component
@RequiredArgsConstructor
class TaskRules {

	private final UnitService units;

	/** Every rule the input breaks for a task of the directive; empty when it can be saved. */
	List<Problem> check(TaskInput input, DirectiveView directive, @Nullable SignedInUser user) {
		List<Problem> problems = new ArrayList<>();
		read(input, directive, user, problems);
		return problems;
	}

	/** The draft of the input: the assignee's name defaults to the unit's, the start to the directive's date. */
	TaskDraft draft(TaskInput input, DirectiveView directive, @Nullable SignedInUser user) {
		List<Problem> problems = new ArrayList<>();
		TaskDraft draft = read(input, directive, user, problems);
		if (draft == null) {
			throw new TaskInputException(problems);
		}
		return draft;
	}

	/**
	 * The problem of an assignee unit found (or not) by its code: unknown or not the user's to see, or
	 * outside the subtree of {@code scope}; null when there is none.
	 */
	static @Nullable Problem unitProblem(@Nullable UnitRef unit, String code, String scopePath, String scopeName,
			@Nullable SignedInUser user) {
		if (unit == null || (user != null && !user.canSee(unit.path()))) {
			return Problem.of("assigneeUnit", "task.form.unknownUnit", code);
		}
		if (!unit.path().startsWith(scopePath)) {
			return Problem.of("assigneeUnit", "task.form.outsideUnit", code, scopeName);
		}
		return null;
	}

	/**
	 * As {@link #check} for a row of a task file: a task of a directive kept under {@code unit} whose
	 * cycles count from {@code start}, its assignee unit found by {@code unitByCode}; the draft, or null
	 * with a problem for each rule broken.
	 */
	@Nullable TaskDraft read(TaskInput input, UnitRef unit, LocalDate start,
			Function<String, Optional<UnitRef>> unitByCode, List<Problem> problems) {
		return read(input, unit.path(), unit.name(), start, null, unitByCode, problems);
	}

	private @Nullable TaskDraft read(TaskInput input, DirectiveView directive, @Nullable SignedInUser user,
			List<Problem> problems) {
		return read(input, directive.unitPath(), directive.unitName(), directive.issued().startsOn(), user,
				units::findByCode, problems);
	}

	private @Nullable TaskDraft read(TaskInput input, String scopePath, String scopeName, LocalDate directiveStart,
			@Nullable SignedInUser user, Function<String, Optional<UnitRef>> unitByCode, List<Problem> problems) {
		String name = blank(input.assignee()) ? null : input.assignee().strip();
		String code = blank(input.assigneeUnit()) ? null : input.assigneeUnit().strip();
		UnitRef unit = null;
		if (code != null) {
			unit = unitByCode.apply(code).orElse(null);
			Problem problem = unitProblem(unit, code, scopePath, scopeName, user);
			if (problem != null) {
				problems.add(problem);
			}
		}
		if (name == null && code == null) {
			problems.add(Problem.of("assignee", "task.form.assigneeRequired"));
		}
		Deadline deadline = null;
		try {
			deadline = DeadlineText.parse(text(input.recurrence()), text(input.due()));
		}
		catch (DeadlineText.BadDeadline ex) {
			problems.add(Problem.of(ex.field(), ex.key(), ex.value()));
		}
		LocalDate start = input.startsOn() != null ? input.startsOn() : directiveStart;
		if (input.endsOn() != null && input.endsOn().isBefore(start)) {
			problems.add(Problem.of("endsOn", "task.form.endBeforeStart"));
		}
		if (!problems.isEmpty() || deadline == null || unit == null && name == null) {
			return null;
		}
		return new TaskDraft(name != null ? name : unit.name(), unit == null ? null : unit.id(),
				text(input.description()).strip(), deadline, start, input.endsOn());
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static String text(@Nullable String text) {
		return text == null ? "" : text;
	}
}
