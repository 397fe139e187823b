package vn.baophu.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import vn.baophu.deadline.Cycle;
import vn.baophu.deadline.Deadline;
import vn.baophu.deadline.WeekendRule;

/**
 * Where a task stands on a given day, computed from its deadline and what was recorded, never stored.
 * <p>
 * A one-off task is DONE when marked so; otherwise OVERDUE once the day is past its due date, else as
 * set (not started, in progress).
 * <p>
 * A recurring task is done or not per cycle. Its <em>open cycle</em> is the first cycle after the
 * last one marked done ({@code doneThrough}), or, before anything was done, the first cycle whose due
 * date is on or after {@code startsOn}. It is OVERDUE once the day is past the open cycle's due date
 * (however many cycles were missed since); DONE while the open cycle has not begun yet (the current
 * cycle is done) or when the open cycle's due date is after {@code endsOn} (nothing is left to do);
 * otherwise as set for the open cycle.
 *
 * @param status computed status
 * @param due the due date that matters now (the open cycle's), null when nothing is left to do
 * @param openCycle the cycle the status, the due date and new notes refer to; null when nothing is left
 * @param daysLate days past the due date when OVERDUE, else 0
 * @param missedCycles for an overdue recurring task, how many cycles are due and not done (1 or more)
 * @param dueSoon not done, not overdue, due within the given number of days
 */
public record TaskStanding(TaskStatus status, @Nullable LocalDate due, @Nullable Cycle openCycle, long daysLate,
		int missedCycles, boolean dueSoon) {

	/** Counting missed cycles stops here (a weekly task forgotten for years). */
	static final int MAX_COUNTED = 999;

	/**
	 * What is recorded of a task.
	 *
	 * @param progress as set for a one-off task, or for the open cycle of a recurring one
	 * @param doneThrough start of the last cycle marked done (recurring tasks); null when none
	 */
	public record Recorded(Deadline deadline, WeekendRule weekendRule, LocalDate startsOn, @Nullable LocalDate endsOn,
			TaskStatus progress, @Nullable LocalDate doneThrough) {
	}

	public static TaskStanding of(Recorded task, LocalDate today, int dueSoonDays) {
		Deadline deadline = task.deadline();
		if (!deadline.recurring()) {
			LocalDate due = deadline.dueFor(today, task.weekendRule());
			Cycle cycle = deadline.cycleOf(today);
			if (task.progress() == TaskStatus.DONE) {
				return new TaskStanding(TaskStatus.DONE, due, cycle, 0, 0, false);
			}
			return pending(task.progress(), due, cycle, today, dueSoonDays, 1);
		}
		Cycle open = openCycle(task);
		LocalDate due = deadline.due(open, task.weekendRule());
		if (task.endsOn() != null && due.isAfter(task.endsOn())) {
			return new TaskStanding(TaskStatus.DONE, null, null, 0, 0, false);
		}
		LocalDate opensOn = due.isBefore(open.start()) ? due : open.start();
		if (!due.isBefore(today) && opensOn.isAfter(today)) {
			return new TaskStanding(TaskStatus.DONE, due, open, 0, 0, false);
		}
		return pending(task.progress(), due, open, today, dueSoonDays, due.isBefore(today) ? missed(task, open, today) : 0);
	}

	/** The first cycle after the last one done, or the first cycle due on or after the start. */
	public static Cycle openCycle(Recorded task) {
		Deadline deadline = task.deadline();
		Cycle first = deadline.cycleOf(task.startsOn());
		if (deadline.due(first, task.weekendRule()).isBefore(task.startsOn())) {
			first = deadline.next(first);
		}
		if (task.doneThrough() == null) {
			return first;
		}
		Cycle afterDone = deadline.next(deadline.cycleOf(task.doneThrough()));
		return afterDone.start().isBefore(first.start()) ? first : afterDone;
	}

	private static TaskStanding pending(TaskStatus progress, LocalDate due, Cycle cycle, LocalDate today,
			int dueSoonDays, int missedCycles) {
		if (due.isBefore(today)) {
			return new TaskStanding(TaskStatus.OVERDUE, due, cycle, ChronoUnit.DAYS.between(due, today), missedCycles,
					false);
		}
		TaskStatus status = progress == TaskStatus.IN_PROGRESS ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
		boolean soon = ChronoUnit.DAYS.between(today, due) <= dueSoonDays;
		return new TaskStanding(status, due, cycle, 0, 0, soon);
	}

	private static int missed(Recorded task, Cycle open, LocalDate today) {
		int missed = 0;
		Cycle cycle = open;
		while (missed < MAX_COUNTED && task.deadline().due(cycle, task.weekendRule()).isBefore(today)
				&& (task.endsOn() == null || !task.deadline().due(cycle, task.weekendRule()).isAfter(task.endsOn()))) {
			missed++;
			cycle = task.deadline().next(cycle);
		}
		return missed;
	}

	public boolean overdue() {
		return status == TaskStatus.OVERDUE;
	}
}
