package vn.baophu.task;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A task as the page and the API send it, before the rules of {@link TaskService#check}: who (an
 * agency's name, or a unit by code, or both; the name defaults to the unit's), what, the deadline as
 * the task files write it ({@code recurrence}, {@code due}), and optionally the day cycles count from
 * (the directive's date by default) and the day after which nothing is due.
 */
public record TaskInput(@Size(max = TaskDraft.ASSIGNEE_LENGTH, message = "{task.form.tooLong}") @Nullable String assignee,
		@Size(max = TaskDraft.UNIT_CODE_LENGTH, message = "{task.form.tooLong}") @Nullable String assigneeUnit,
		@NotBlank(message = "{task.form.required}") @Size(max = TaskDraft.DESCRIPTION_LENGTH,
				message = "{task.form.tooLong}") @Nullable String description,
		@Nullable String recurrence, @Nullable String due, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
}
