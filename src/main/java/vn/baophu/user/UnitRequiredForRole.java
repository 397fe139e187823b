package vn.baophu.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Only an administrator may be tied to no unit (and so see the whole tree); every other role sees
 * the subtree of its unit, which must be given. The error goes on the unit field.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UnitRequiredForRole.Validator.class)
public @interface UnitRequiredForRole {

	String message() default "{user.form.unitCode.requiredForRole}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<UnitRequiredForRole, RoleAndUnit> {

		@Override
		public boolean isValid(RoleAndUnit form, ConstraintValidatorContext context) {
			if (form.getRole() == null || form.getRole() == Role.ADMINISTRATOR || !form.getUnitCode().isBlank()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("unitCode")
				.addConstraintViolation();
			return false;
		}
	}
}
