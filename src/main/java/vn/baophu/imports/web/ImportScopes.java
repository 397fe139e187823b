package vn.baophu.imports.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** The subtree a signed-in user may import into: their unit's path, or null for the whole tree. */
@Component
class ImportScopes {

	private final UnitService units;

	ImportScopes(UnitService units) {
		this.units = units;
	}

	@Nullable String of(Authentication authentication) {
		if (!(authentication.getPrincipal() instanceof SignedInUser user) || user.unitId() == null) {
			return null;
		}
		// A user tied to a unit that no longer exists may import nothing: an impossible path.
		return units.findById(user.unitId()).map(UnitRef::path).orElse("/none/");
	}
}
