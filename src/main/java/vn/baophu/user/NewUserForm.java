package vn.baophu.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import lombok.Getter;
import lombok.Setter;

/** An administrator creates a user: name to sign in with, role, unit (by code) and a first password. */
@Getter
@Setter
@PasswordsMatch
public class NewUserForm extends UserFields implements PasswordPair {

	@NotBlank(message = "{user.form.username.required}")
	@Pattern(regexp = "\\s*|[a-z0-9._-]{3,50}", message = "{user.form.username.pattern}")
	private String username = "";

	@PasswordRules
	private String password = "";

	private String repeatPassword = "";
}
