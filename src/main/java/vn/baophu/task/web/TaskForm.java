package vn.baophu.task.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import vn.baophu.task.Deadline;
import vn.baophu.task.DeadlineText;
import vn.baophu.task.Recurrence;
import vn.baophu.task.TaskDraft;
import vn.baophu.task.TaskView;

/**
 * A task on its form: who (an agency's name, or a unit by code, or both), what, and the deadline as
 * the task files write it (recurrence and due). Starts and ends are dd/MM/yyyy, optional.
 */
@Getter
@Setter
@ValidTask
class TaskForm {

	@Size(max = TaskDraft.ASSIGNEE_LENGTH, message = "{task.form.tooLong}")
	private String assigneeName = "";

	@Size(max = 16, message = "{task.form.tooLong}")
	private String assigneeUnitCode = "";

	@NotBlank(message = "{task.form.required}")
	@Size(max = TaskDraft.DESCRIPTION_LENGTH, message = "{task.form.tooLong}")
	private String description = "";

	@NotNull(message = "{task.form.required}")
	private @Nullable Recurrence recurrence = Recurrence.NONE;

	private String due = "";

	private String startsOn = "";

	private String endsOn = "";

	static TaskForm of(TaskView task) {
		TaskForm form = new TaskForm();
		form.setAssigneeName(task.assigneeName());
		form.setAssigneeUnitCode(task.assigneeUnitCode() == null ? "" : task.assigneeUnitCode());
		form.setDescription(task.description());
		form.setRecurrence(task.deadline().recurrence());
		form.setDue(DeadlineText.due(task.deadline()));
		form.setStartsOn(DeadlineText.format(task.startsOn()));
		form.setEndsOn(task.endsOn() == null ? "" : DeadlineText.format(task.endsOn()));
		return form;
	}

	/** Call only when the form is valid; the assignee's name defaults to the unit's. */
	TaskDraft draft(@Nullable Long unitId, @Nullable String unitName, LocalDate defaultStart) {
		Deadline deadline = DeadlineText.parse(recurrence == null ? "" : recurrence.code(), due);
		String name = assigneeName.isBlank() && unitName != null ? unitName : assigneeName.strip();
		LocalDate start = startsOn.isBlank() ? defaultStart : DeadlineText.date(startsOn).orElseThrow();
		LocalDate end = endsOn.isBlank() ? null : DeadlineText.date(endsOn).orElseThrow();
		return new TaskDraft(name, unitId, description.strip(), deadline, start, end);
	}
}
