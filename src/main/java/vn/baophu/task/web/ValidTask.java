package vn.baophu.task.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import vn.baophu.task.DeadlineText;

/**
 * Cross-field rules of a task form: an assignee (name or unit code); a deadline whose due cell fits its
 * recurrence; start and end dates that read as dates, the end not before the start.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidTask.Validator.class)
@interface ValidTask {

	String message() default "{task.form.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidTask, TaskForm> {

		@Override
		public boolean isValid(TaskForm form, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			if (form.getAssigneeName().isBlank() && form.getAssigneeUnitCode().isBlank()) {
				valid = reject(context, "assigneeName", "{task.form.assigneeRequired}");
			}
			if (form.getRecurrence() != null) {
				try {
					DeadlineText.parse(form.getRecurrence().code(), form.getDue());
				}
				catch (DeadlineText.BadDeadline ex) {
					valid = reject(context, "due", "{" + ex.key().replace("task.error.", "task.form.error.") + "}");
				}
			}
			Optional<LocalDate> start = date(form.getStartsOn());
			Optional<LocalDate> end = date(form.getEndsOn());
			if (!form.getStartsOn().isBlank() && start.isEmpty()) {
				valid = reject(context, "startsOn", "{task.form.date}");
			}
			if (!form.getEndsOn().isBlank() && end.isEmpty()) {
				valid = reject(context, "endsOn", "{task.form.date}");
			}
			if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
				valid = reject(context, "endsOn", "{task.form.endBeforeStart}");
			}
			return valid;
		}

		private static Optional<LocalDate> date(String text) {
			return text.isBlank() ? Optional.empty() : DeadlineText.date(text);
		}

		private static boolean reject(ConstraintValidatorContext context, String field, String message) {
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}
	}
}
