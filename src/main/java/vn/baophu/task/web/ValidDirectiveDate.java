package vn.baophu.task.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import vn.baophu.task.DirectiveDate;

/** The directive's date is dd/MM/yyyy or a year alone; the error is shown on the field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidDirectiveDate.Validator.class)
@interface ValidDirectiveDate {

	String message() default "{task.form.directiveDate}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidDirectiveDate, DirectiveForm> {

		@Override
		public boolean isValid(DirectiveForm form, ConstraintValidatorContext context) {
			if (DirectiveDate.parse(form.getIssued()).isPresent()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(form.getIssued().isBlank() ? "{task.form.required}"
					: "{task.form.directiveDate}").addPropertyNode("issued").addConstraintViolation();
			return false;
		}
	}
}
