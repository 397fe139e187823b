package vn.baophu.task;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.deadline.Cycle;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * Tasks of directives: read with where they stand today (by the clock), added and edited by those who
 * manage the directive, their status set and progress notes added by those too or by the assignee unit
 * ({@link TaskPermissions}).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TaskService {

	private final TaskRepository tasks;
	private final TaskNoteRepository notes;
	private final TaskQueries queries;
	private final TaskViews views;
	private final DirectiveService directives;
	private final UnitService units;
	private final TaskRules rules;
	private final Today today;

	public TaskView task(long id, SignedInUser user) {
		TaskView task = views.view(row(id), today.date());
		if (!TaskPermissions.canRead(user, task)) {
			throw new AccessDeniedException("Task " + id + " is outside the subtree of " + user.username());
		}
		return task;
	}

	/** The tasks of a directive the user may read. */
	public List<TaskView> tasksOf(long directiveId, SignedInUser user) {
		directives.directive(directiveId, user);
		return views.views(queries.tasksOf(directiveId), today.date()).stream()
			.filter(task -> TaskPermissions.canRead(user, task))
			.toList();
	}

	/** Every rule the input breaks for a task of the directive ({@link TaskRules}); empty when it can be saved. */
	public List<TaskInputException.Problem> check(long directiveId, TaskInput input, SignedInUser user) {
		return rules.check(input, directives.directive(directiveId, user), user);
	}

	/** @throws TaskInputException when the input breaks a rule of {@link #check} */
	@Transactional
	public long add(long directiveId, TaskInput input, SignedInUser user) {
		return add(directiveId, rules.draft(input, directives.directive(directiveId, user), user), user);
	}

	/** @throws TaskInputException when the input breaks a rule of {@link #check} */
	@Transactional
	public void update(long id, TaskInput input, SignedInUser user) {
		update(id, rules.draft(input, directives.directive(task(id, user).directiveId(), user), user), user);
	}

	@Transactional
	public long add(long directiveId, TaskDraft draft, SignedInUser user) {
		DirectiveView directive = directives.directive(directiveId, user);
		if (!TaskPermissions.canManage(user, directive)) {
			throw new AccessDeniedException(user.username() + " may not add tasks to directive " + directiveId);
		}
		checkAssignee(draft, directive.unitPath());
		Task task = tasks.saveAndFlush(new Task(directiveId, draft, user.username(), today.now()));
		return DirectiveService.required(task.getId());
	}

	@Transactional
	public void update(long id, TaskDraft draft, SignedInUser user) {
		TaskView view = task(id, user);
		if (!TaskPermissions.canManage(user, view)) {
			throw new AccessDeniedException(user.username() + " may not edit task " + id);
		}
		checkAssignee(draft, view.directiveUnitPath());
		entity(id).update(draft);
		tasks.flush();
	}

	/**
	 * A target-allocation task (the allocation module's): a task of the directive, and what it allocates
	 * from the gap table of {@code period} with the unit's participants then ({@code baseline}).
	 */
	@Transactional
	public long addAllocation(long directiveId, TaskDraft draft, YearMonth period, SchemeCounts allocated,
			SchemeCounts baseline, SignedInUser user) {
		long id = add(directiveId, draft, user);
		queries.allocate(id, period, allocated, baseline);
		return id;
	}

	/** The units the directive already has an allocation task for, from the gap table of the month. */
	public Set<Long> allocatedUnits(long directiveId, YearMonth period) {
		return queries.tasksOf(directiveId).stream()
			.filter(task -> task.allocation() != null && task.allocation().period().equals(period))
			.map(task -> task.allocation().unitId())
			.collect(Collectors.toSet());
	}

	/**
	 * Sets what people set: not started or in progress (of a one-off task, or of a recurring task's
	 * open cycle), or done. Done on a recurring task marks its open cycle done (even before its due
	 * date: the current cycle is then done), or with {@code through} every cycle up to the one
	 * containing that day, today's at the latest (catching up missed cycles).
	 */
	@Transactional
	public void setStatus(long id, TaskStatus status, @Nullable LocalDate through, SignedInUser user) {
		TaskView view = updatable(id, user);
		Task task = entity(id);
		if (status == TaskStatus.OVERDUE) {
			throw new IllegalArgumentException("Overdue is computed from the deadline, never set");
		}
		if (status != TaskStatus.DONE) {
			task.setProgress(status);
		}
		else if (view.deadline().recurring()) {
			Cycle open = TaskStanding.openCycle(
					new TaskStanding.Recorded(view.deadline(), views.weekendRule(), view.startsOn(), view.endsOn(),
							view.progress(), view.doneThrough()));
			LocalDate upTo = through == null || through.isAfter(today.date()) ? today.date() : through;
			Cycle last = through == null ? open : view.deadline().cycleOf(upTo);
			task.markDone(last.start().isBefore(open.start()) ? open.start() : last.start(), today.date(),
					user.username());
		}
		else {
			task.markDone(null, today.date(), user.username());
		}
		tasks.flush();
	}

	@Transactional
	public long addNote(long id, String text, SignedInUser user) {
		TaskView view = updatable(id, user);
		Cycle cycle = view.deadline().recurring() ? view.standing().openCycle() : null;
		TaskNote note = notes.saveAndFlush(new TaskNote(id, today.date(), today.now(), user.username(),
				cycle == null ? null : cycle.start(), text.strip()));
		return DirectiveService.required(note.getId());
	}

	/** Newest first. */
	public List<NoteView> notes(long id, SignedInUser user) {
		TaskView view = task(id, user);
		return notes.findByTaskIdOrderByWrittenAtDescIdDesc(id).stream()
			.map(note -> new NoteView(DirectiveService.required(note.getId()), note.getWrittenOn(), note.getWrittenAt(),
					note.getAuthor(), note.getCycleStart() == null ? null : view.deadline().cycleOf(note.getCycleStart()),
					note.getText()))
			.toList();
	}

	private TaskView updatable(long id, SignedInUser user) {
		TaskView view = task(id, user);
		if (!TaskPermissions.canUpdate(user, view)) {
			throw new AccessDeniedException(user.username() + " may not update task " + id);
		}
		return view;
	}

	/** A task's unit must lie in the subtree of its directive's unit ({@link TaskRules#unitProblem}). */
	private void checkAssignee(TaskDraft draft, String directiveUnitPath) {
		if (draft.assigneeUnitId() != null) {
			UnitRef unit = units.findById(draft.assigneeUnitId()).orElse(null);
			TaskInputException.Problem problem = TaskRules.unitProblem(unit,
					unit == null ? String.valueOf(draft.assigneeUnitId()) : unit.code(), directiveUnitPath, "", null);
			if (problem != null) {
				throw new TaskInputException(List.of(problem));
			}
		}
	}

	private TaskRow row(long id) {
		return queries.task(id).orElseThrow(() -> new TaskNotFoundException("task", id));
	}

	private Task entity(long id) {
		return tasks.findById(id).orElseThrow(() -> new TaskNotFoundException("task", id));
	}
}
