package vn.baophu.user;

import lombok.Getter;
import lombok.Setter;

/** An administrator gives a user a new password (typed twice). */
@Getter
@Setter
@PasswordsMatch
public class PasswordResetForm implements PasswordPair {

	@PasswordRules
	private String password = "";

	private String repeatPassword = "";
}
