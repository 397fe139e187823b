package vn.baophu.task;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A task as pages and the API show it, with where it stands on the day it was read.
 *
 * @param progress what was set (a one-off task's status, or a recurring task's open cycle's)
 * @param doneThrough recurring tasks: the start of the last cycle marked done
 * @param allocation for a target-allocation task, its progress; null for other tasks
 */
public record TaskView(long id, long directiveId, String directiveNumber, DirectiveDate directiveIssued,
		String directiveTitle, String directiveUnitPath, String assigneeName, @Nullable String assigneeUnitCode,
		@Nullable String assigneeUnitName, @Nullable String assigneeUnitPath, String description, Deadline deadline,
		LocalDate startsOn, @Nullable LocalDate endsOn, TaskStatus progress, @Nullable LocalDate doneThrough,
		@Nullable LocalDate doneOn, @Nullable String doneBy, int notes, TaskStanding standing,
		@Nullable AllocationProgress allocation, long version) {

	public TaskStatus status() {
		return standing.status();
	}
}
