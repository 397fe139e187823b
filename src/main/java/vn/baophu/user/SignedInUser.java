package vn.baophu.user;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in user: role and the unit whose subtree they may see (null = the
 * whole tree), so scope checks need no query.
 */
public record SignedInUser(String username, String passwordHash, String displayName, Role role,
		@Nullable Long unitId, boolean enabled) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** Refuses (403) a unit outside this user's subtree. */
	public void checkCanSee(String unitPath) {
		if (!canSee(unitPath)) {
			throw new AccessDeniedException("Unit outside the subtree of " + username);
		}
	}

	/** Whether a unit (by its path) lies inside this user's subtree. */
	public boolean canSee(String unitPath) {
		return unitId == null || unitPath.contains("/" + unitId + "/");
	}
}
