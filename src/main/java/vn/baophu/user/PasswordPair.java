package vn.baophu.user;

/** A form with a new password typed twice; {@link PasswordsMatch} checks the two agree. */
public interface PasswordPair {

	String getPassword();

	String getRepeatPassword();
}
