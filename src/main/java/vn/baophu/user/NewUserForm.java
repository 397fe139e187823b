package vn.baophu.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;

/** An administrator creates a user: name to sign in with, role, unit (by code) and a first password. */
@Getter
@Setter
@PasswordsMatch
@UnitRequiredForRole
public class NewUserForm implements PasswordPair, RoleAndUnit {

	@NotBlank(message = "{user.form.username.required}")
	@Pattern(regexp = "\\s*|[a-z0-9._-]{3,50}", message = "{user.form.username.pattern}")
	private String username = "";

	@NotBlank(message = "{user.form.displayName.required}")
	@Size(max = 200, message = "{user.form.displayName.size}")
	private String displayName = "";

	@NotNull(message = "{user.form.role.required}")
	private @Nullable Role role;

	@Size(max = 16, message = "{user.form.unitCode.size}")
	private String unitCode = "";

	@PasswordRules
	private String password = "";

	private String repeatPassword = "";
}
