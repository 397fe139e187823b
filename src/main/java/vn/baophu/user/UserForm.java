package vn.baophu.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;

/**
 * An administrator edits a user: name shown, role, unit (by code), enabled. {@code version} is the
 * one the form was loaded with, so two administrators never overwrite each other silently.
 */
@Getter
@Setter
@UnitRequiredForRole
public class UserForm implements RoleAndUnit {

	@NotBlank(message = "{user.form.displayName.required}")
	@Size(max = 200, message = "{user.form.displayName.size}")
	private String displayName = "";

	@NotNull(message = "{user.form.role.required}")
	private @Nullable Role role;

	@Size(max = 16, message = "{user.form.unitCode.size}")
	private String unitCode = "";

	private boolean enabled = true;

	private long version;

	public static UserForm of(UserRow user) {
		UserForm form = new UserForm();
		form.displayName = user.displayName();
		form.role = user.role();
		form.unitCode = user.unitCode() == null ? "" : user.unitCode();
		form.enabled = user.enabled();
		form.version = user.version();
		return form;
	}
}
