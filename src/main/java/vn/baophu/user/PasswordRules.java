package vn.baophu.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A new password: at least {@value #MIN_LENGTH} characters, and at most {@value #MAX_BYTES} bytes in
 * UTF-8, because BCrypt ignores (Spring Security refuses) anything longer.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PasswordRules.Validator.class)
public @interface PasswordRules {

	int MIN_LENGTH = 10;

	int MAX_BYTES = 72;

	String message() default "{user.form.password.tooShort}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PasswordRules, String> {

		/** The same rules outside a form (the administrator password from the environment). */
		public static boolean acceptable(@Nullable String password) {
			return password != null && password.codePointCount(0, password.length()) >= MIN_LENGTH
					&& password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
		}

		@Override
		public boolean isValid(@Nullable String password, ConstraintValidatorContext context) {
			if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
				return false;
			}
			if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{user.form.password.tooLong}").addConstraintViolation();
				return false;
			}
			return true;
		}
	}
}
