package vn.baophu.user;

import org.jspecify.annotations.Nullable;

/**
 * A user to create, already checked (name free, unit in the creator's subtree, password rules).
 * The password is in clear only until it is hashed; {@link #toString()} never shows it.
 */
public record NewUser(String username, String rawPassword, String displayName, Role role, @Nullable Long unitId) {

	@Override
	public String toString() {
		return "NewUser[" + username + ", " + role + ", unit " + unitId + "]";
	}
}
