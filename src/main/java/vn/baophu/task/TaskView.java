package vn.baophu.task;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;
import vn.baophu.deadline.Cycle;
import vn.baophu.deadline.Deadline;
import vn.baophu.deadline.DeadlineText;

/**
 * A task as pages and the API show it, with where it stands on the day it was read; serialised as it is
 * for the API: {@code status} is computed on this read (OVERDUE included), {@code progress} is what was
 * set, {@code due} the due date that matters now, {@code cycle} the open cycle of a recurring task, the
 * deadline as the task files write it ({@code recurrence}, {@code dueRule}). Dates are ISO.
 *
 * @param progress what was set (a one-off task's status, or a recurring task's open cycle's)
 * @param doneThrough recurring tasks: the start of the last cycle marked done
 * @param allocation for a target-allocation task, its progress; null for other tasks
 */
@JsonPropertyOrder({ "id", "directiveId", "directiveNumber", "assignee", "assigneeUnit", "description", "recurrence",
		"dueRule", "startsOn", "endsOn", "status", "progress", "due", "cycle", "daysLate", "missedCycles", "dueSoon",
		"doneThrough", "doneOn", "doneBy", "notes", "allocation" })
public record TaskView(long id, long directiveId, String directiveNumber, @JsonIgnore DirectiveDate directiveIssued,
		@JsonIgnore String directiveTitle, @JsonIgnore String directiveUnitPath,
		@JsonProperty("assignee") String assigneeName, @JsonProperty("assigneeUnit") @Nullable String assigneeUnitCode,
		@JsonIgnore @Nullable String assigneeUnitName, @JsonIgnore @Nullable String assigneeUnitPath, String description,
		@JsonIgnore Deadline deadline, LocalDate startsOn, @Nullable LocalDate endsOn, TaskStatus progress,
		@Nullable LocalDate doneThrough, @Nullable LocalDate doneOn, @Nullable String doneBy, int notes,
		@JsonIgnore TaskStanding standing, @Nullable AllocationProgress allocation, @JsonIgnore long version) {

	@JsonProperty
	public TaskStatus status() {
		return standing.status();
	}

	@JsonProperty
	String recurrence() {
		return deadline.recurrence().code();
	}

	@JsonProperty
	String dueRule() {
		return DeadlineText.due(deadline);
	}

	@JsonProperty
	@Nullable LocalDate due() {
		return standing.due();
	}

	@JsonProperty
	@Nullable Cycle cycle() {
		return standing.openCycle();
	}

	@JsonProperty
	long daysLate() {
		return standing.daysLate();
	}

	@JsonProperty
	int missedCycles() {
		return standing.missedCycles();
	}

	@JsonProperty
	boolean dueSoon() {
		return standing.dueSoon();
	}
}
