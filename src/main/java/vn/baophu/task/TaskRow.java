package vn.baophu.task;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.baophu.deadline.Deadline;
import vn.baophu.deadline.WeekendRule;

/** A task as read by one SQL query, before its standing and allocation progress ({@link AllocationMeasure}) are worked out. */
record TaskRow(long id, long directiveId, String directiveNumber, DirectiveDate directiveIssued, String directiveTitle,
		String directiveUnitPath, String assigneeName, @Nullable Long assigneeUnitId, @Nullable String assigneeUnitCode,
		@Nullable String assigneeUnitName, @Nullable String assigneeUnitPath, String description, Deadline deadline,
		LocalDate startsOn, @Nullable LocalDate endsOn, TaskStatus progress, @Nullable LocalDate doneThrough,
		@Nullable LocalDate doneOn, @Nullable String doneBy, int notes, @Nullable AllocatedTask allocation, long version) {

	TaskStanding.Recorded recorded(WeekendRule weekendRule) {
		return new TaskStanding.Recorded(deadline, weekendRule, startsOn, endsOn, progress, doneThrough);
	}
}
