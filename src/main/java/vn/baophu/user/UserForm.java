package vn.baophu.user;

import lombok.Getter;
import lombok.Setter;

/**
 * An administrator edits a user: name shown, role, unit (by code), enabled. {@code version} is the
 * one the form was loaded with, so two administrators never overwrite each other silently.
 */
@Getter
@Setter
public class UserForm extends UserFields {

	private boolean enabled = true;

	private long version;

	public static UserForm of(UserRow user) {
		UserForm form = new UserForm();
		form.setDisplayName(user.displayName());
		form.setRole(user.role());
		form.setUnitCode(user.unitCode() == null ? "" : user.unitCode());
		form.enabled = user.enabled();
		form.version = user.version();
		return form;
	}
}
