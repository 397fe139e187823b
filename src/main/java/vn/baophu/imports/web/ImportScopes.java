package vn.baophu.imports.web;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.baophu.imports.ImportKind;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

/** The subtree a signed-in user may import into: their unit's path, or null for the whole tree. */
@Component
@RequiredArgsConstructor
class ImportScopes {

	private final UnitService units;

	/**
	 * As {@link #of(Authentication)} for a kind of file; users and reforms are imported by
	 * administrators only (403 for anyone else), as the users pages are theirs only.
	 */
	@Nullable String of(ImportKind kind, Authentication authentication) {
		if (!mayImport(kind, authentication)) {
			throw new AccessDeniedException(authentication.getName() + " may not import " + kind.path());
		}
		return of(authentication);
	}

	boolean mayImport(ImportKind kind, Authentication authentication) {
		return (kind != ImportKind.USERS && kind != ImportKind.REFORM) || authentication.getAuthorities().stream()
			.anyMatch(authority -> Role.ADMINISTRATOR.authority().equals(authority.getAuthority()));
	}

	@Nullable String of(Authentication authentication) {
		if (!(authentication.getPrincipal() instanceof SignedInUser user) || user.unitId() == null) {
			return null;
		}
		// A user tied to a unit that no longer exists may import nothing: an impossible path.
		return units.findById(user.unitId()).map(UnitRef::path).orElse("/none/");
	}
}
