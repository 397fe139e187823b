package vn.baophu.catalogue.web;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** The subtree an administrator may load units into: their unit's path, or null for the whole tree. */
@Component
@RequiredArgsConstructor
class CatalogueScope {

	private final UnitService units;

	@Nullable String of(SignedInUser user) {
		if (user.unitId() == null) {
			return null;
		}
		return units.findById(user.unitId()).map(UnitRef::path).orElse("/none/");
	}
}
