package vn.baophu.user;

import jakarta.validation.constraints.NotBlank;
import lombok.Getter;
import lombok.Setter;

/** A user changes their own password: the current one, then the new one twice. */
@Getter
@Setter
@PasswordsMatch
public class PasswordChangeForm implements PasswordPair {

	@NotBlank(message = "{user.form.currentPassword.required}")
	private String currentPassword = "";

	@PasswordRules
	private String password = "";

	private String repeatPassword = "";
}
