package vn.baophu.user.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import vn.baophu.user.PasswordResetForm;
import vn.baophu.user.Role;
import vn.baophu.user.RoleAndUnit;
import vn.baophu.user.RoleNames;
import vn.baophu.user.SignedInUser;
import vn.baophu.user.UserForm;
import vn.baophu.user.web.UserApiErrors.Refused;
import vn.baophu.user.web.UserJson.FieldMessage;

/**
 * Checks what the users API receives with the pages' forms and constraints (so the rules are the
 * pages' rules), and puts the errors into words with the JSON field names.
 */
@Component
class UserApiInput {

	private static final Logger log = LoggerFactory.getLogger("vn.baophu.security.access");

	private final SpringValidatorAdapter validator;
	private final UnitCodeField unitCodes;
	private final RoleNames roleNames;
	private final MessageSource messages;

	UserApiInput(jakarta.validation.Validator validator, UnitCodeField unitCodes, RoleNames roleNames,
			MessageSource messages) {
		this.validator = new SpringValidatorAdapter(validator);
		this.unitCodes = unitCodes;
		this.roleNames = roleNames;
		this.messages = messages;
	}

	/** The role the text names; null when none is given or the text names no role. */
	@Nullable Role role(@Nullable String text) {
		return text == null ? null : roleNames.parse(text).orElse(null);
	}

	BindingResult validate(Object form) {
		BindingResult errors = new BeanPropertyBindingResult(form, "user");
		validator.validate(form, errors);
		return errors;
	}

	void validatePassword(String password, BindingResult errors) {
		PasswordResetForm form = new PasswordResetForm();
		form.setPassword(password);
		form.setRepeatPassword(password);
		errors.addAllErrors(validate(form));
	}

	/** The unit's id (null = none), or a field error: unknown, outside the subtree, or none where one is needed. */
	@Nullable Long unitId(RoleAndUnit form, SignedInUser admin, BindingResult errors) {
		return unitCodes.resolve(form, admin, errors);
	}

	/** 403 for an administrator who would take away their own role or disable their own account. */
	void refuseSelfDemotion(SignedInUser admin, String username, UserForm form, Locale locale) {
		if (!admin.username().equals(username)) {
			return;
		}
		List<FieldMessage> refused = new ArrayList<>();
		if (form.getRole() != null && form.getRole() != Role.ADMINISTRATOR) {
			refused.add(new FieldMessage("role", messages.getMessage("user.form.role.self", null, locale)));
		}
		if (!form.isEnabled()) {
			refused.add(new FieldMessage("enabled", messages.getMessage("user.form.enabled.self", null, locale)));
		}
		if (!refused.isEmpty()) {
			log.warn("Access denied: user={} may not demote or disable their own account", username);
			throw new Refused(HttpStatus.FORBIDDEN, refused);
		}
	}

	/**
	 * Every error in the caller's language, named by its JSON field. A role that names no role gets
	 * its own message instead of "choose a role".
	 */
	List<FieldMessage> messages(BindingResult errors, @Nullable String roleText, Locale locale) {
		List<FieldMessage> found = new ArrayList<>();
		boolean unknownRole = roleText != null && !roleText.isBlank() && role(roleText) == null;
		if (unknownRole) {
			found.add(new FieldMessage("role", messages.getMessage("user.form.role.unknown", new Object[] { roleText },
					locale)));
		}
		errors.getGlobalErrors()
			.forEach(error -> found.add(new FieldMessage("", messages.getMessage(error, locale))));
		for (FieldError error : errors.getFieldErrors()) {
			if (!(unknownRole && error.getField().equals("role"))) {
				found.add(new FieldMessage(jsonField(error.getField()), messages.getMessage(error, locale)));
			}
		}
		return found;
	}

	private static String jsonField(String formField) {
		return switch (formField) {
			case "displayName" -> "fullName";
			case "repeatPassword" -> "password";
			default -> formField;
		};
	}
}
