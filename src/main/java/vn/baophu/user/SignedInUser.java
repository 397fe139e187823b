package vn.baophu.user;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in user: role and the unit whose subtree they may see (null = the
 * whole tree), so scope checks need no query. What each role may do:
 * <ul>
 * <li>administrator and provincial staff: read, enter, import, correct, close and reopen months,
 * keep denominators, targets and units, inside their subtree (the administrator also manages users);
 * <li>district official: read their subtree, and enter their communes' figures where the province
 * allows it for the district;
 * <li>leader: read their subtree.
 * </ul>
 * Kept in the session, which lives in PostgreSQL (Spring Session JDBC, Java serialisation): a record
 * of serialisable values ({@link UserDetails} is {@code Serializable}), so any node reads it back. A
 * session saved before a component was added still reads back (records are matched by component name,
 * and a missing one takes its default).
 */
public record SignedInUser(String username, String passwordHash, String displayName, Role role,
		@Nullable Long unitId, boolean enabled, @Nullable Instant lockedUntil, @Nullable String language,
		int failedSignIns) implements UserDetails {

	public SignedInUser(String username, String passwordHash, String displayName, Role role, @Nullable Long unitId,
			boolean enabled) {
		this(username, passwordHash, displayName, role, unitId, enabled, null, null, 0);
	}

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

	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || lockedUntil.isBefore(Instant.now());
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

	public boolean isAdministrator() {
		return role == Role.ADMINISTRATOR;
	}

	/** Enter, import and correct figures, close and reopen months, keep denominators, targets, units. */
	public boolean canManage(String unitPath) {
		return (role == Role.ADMINISTRATOR || role == Role.PROVINCIAL_STAFF) && canSee(unitPath);
	}

	/** Enter figures in the grid; a district official only where the province allows it. */
	public boolean canEnterFigures(String unitPath, boolean districtEntryAllowed) {
		return canManage(unitPath) || (role == Role.DISTRICT_OFFICIAL && districtEntryAllowed && canSee(unitPath));
	}

	public void checkCanManage(String unitPath) {
		if (!canManage(unitPath)) {
			throw new AccessDeniedException(username + " may not change data of this unit");
		}
	}
}
