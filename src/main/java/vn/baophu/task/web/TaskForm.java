package vn.baophu.task.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import vn.baophu.deadline.DeadlineText;
import vn.baophu.deadline.Recurrence;
import vn.baophu.task.TaskDraft;
import vn.baophu.task.TaskInput;
import vn.baophu.task.TaskInputException;
import vn.baophu.task.TaskView;

/**
 * A task on its form: who (an agency's name, or a unit by code, or both), what, and the deadline as
 * the task files write it (recurrence and due); starts and ends optional. The rules across fields are
 * the service's ({@link vn.baophu.task.TaskService#check}), shown on the fields by {@link #reject}.
 */
@Getter
@Setter
class TaskForm {

	@Size(max = TaskDraft.ASSIGNEE_LENGTH, message = "{task.form.tooLong}")
	private String assigneeName = "";

	@Size(max = TaskDraft.UNIT_CODE_LENGTH, message = "{task.form.tooLong}")
	private String assigneeUnitCode = "";

	@NotBlank(message = "{task.form.required}")
	@Size(max = TaskDraft.DESCRIPTION_LENGTH, message = "{task.form.tooLong}")
	private String description = "";

	@NotNull(message = "{task.form.required}")
	private @Nullable Recurrence recurrence = Recurrence.NONE;

	private String due = "";

	private @Nullable LocalDate startsOn;

	private @Nullable LocalDate endsOn;

	static TaskForm of(TaskView task) {
		TaskForm form = new TaskForm();
		form.setAssigneeName(task.assigneeName());
		form.setAssigneeUnitCode(task.assigneeUnitCode() == null ? "" : task.assigneeUnitCode());
		form.setDescription(task.description());
		form.setRecurrence(task.deadline().recurrence());
		form.setDue(DeadlineText.due(task.deadline()));
		form.setStartsOn(task.startsOn());
		form.setEndsOn(task.endsOn());
		return form;
	}

	TaskInput input() {
		return new TaskInput(assigneeName, assigneeUnitCode, description, recurrence == null ? "" : recurrence.code(),
				due, startsOn, endsOn);
	}

	/** The service's problems on the form's fields (the deadline's on {@code due}), unless a field has one already. */
	static void reject(BindingResult errors, List<TaskInputException.Problem> problems) {
		reject(errors, problems, field -> switch (field) {
			case "assignee" -> "assigneeName";
			case "assigneeUnit" -> "assigneeUnitCode";
			case "recurrence" -> "due";
			default -> field;
		}, key -> key.replace("task.error.", "task.form.error."));
	}

	/** The service's problems on a form's fields, named and worded the form's way, unless a field has one already. */
	static void reject(BindingResult errors, List<TaskInputException.Problem> problems, UnaryOperator<String> field,
			UnaryOperator<String> key) {
		for (TaskInputException.Problem problem : problems) {
			if (!errors.hasFieldErrors(field.apply(problem.field()))) {
				errors.rejectValue(field.apply(problem.field()), key.apply(problem.key()), problem.args().toArray(), null);
			}
		}
	}
}
