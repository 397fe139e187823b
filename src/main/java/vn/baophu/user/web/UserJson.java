package vn.baophu.user.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.baophu.user.NewUserForm;
import vn.baophu.user.Role;
import vn.baophu.user.UserForm;
import vn.baophu.user.UserRow;

/** What the users API reads and answers. A password goes in, never out; no hash is ever answered. */
final class UserJson {

	private UserJson() {
	}

	/** A user as the API shows it; {@code unitCode} null = an administrator of the whole tree. */
	record UserItem(String username, String fullName, Role role, @Nullable String unitCode, @Nullable String unitName,
			boolean enabled, @Nullable Instant lockedUntil, String language, long version) {

		static UserItem of(UserRow user) {
			return new UserItem(user.username(), user.displayName(), user.role(), user.unitCode(), user.unitName(),
					user.enabled(), user.lockedUntil(), user.languageOrDefault(), user.version());
		}
	}

	/** POST: every field as on the page's form; {@code role} an enum name or the label the pages show. */
	record NewUserInput(@Nullable String username, @Nullable String fullName, @Nullable String password,
			@Nullable String role, @Nullable String unitCode) {

		NewUserForm form(@Nullable Role parsedRole) {
			NewUserForm form = new NewUserForm();
			form.setUsername(username == null ? "" : username.strip());
			form.setDisplayName(fullName == null ? "" : fullName);
			form.setRole(parsedRole);
			form.setUnitCode(unitCode == null ? "" : unitCode);
			form.setPassword(password == null ? "" : password);
			form.setRepeatPassword(form.getPassword());
			return form;
		}

		@Override
		public String toString() {
			return "NewUserInput[" + username + ", " + role + ", " + unitCode + "]";
		}
	}

	/**
	 * PATCH: only the fields given change; {@code unitCode} "" = no unit (an administrator of the
	 * whole tree). A new {@code password} follows the password rules.
	 */
	record UserPatch(@Nullable String fullName, @Nullable String role, @Nullable String unitCode,
			@Nullable Boolean enabled, @Nullable String password) {

		/** The page's edit form with the user's current values, then the given ones over them. */
		UserForm form(UserRow current, @Nullable Role parsedRole) {
			UserForm form = UserForm.of(current);
			if (fullName != null) {
				form.setDisplayName(fullName);
			}
			if (role != null) {
				form.setRole(parsedRole);
			}
			if (unitCode != null) {
				form.setUnitCode(unitCode);
			}
			if (enabled != null) {
				form.setEnabled(enabled);
			}
			return form;
		}

		@Override
		public String toString() {
			return "UserPatch[" + fullName + ", " + role + ", " + unitCode + ", " + enabled
					+ (password == null ? "" : ", password") + "]";
		}
	}

	/** One bad field: its name in the JSON sent, and what is wrong, in the caller's language. */
	record FieldMessage(String field, String message) {
	}

	/** The body of a refused request: 422, 409 or 403. */
	record Problems(List<FieldMessage> errors) {
	}
}
