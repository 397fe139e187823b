package vn.baophu.unit;

import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.baophu.user.UnitDirectory;

/** Units by code for the user forms, without the user module depending on this one. */
@Component
class UserUnitDirectory implements UnitDirectory {

	private final UnitService units;

	UserUnitDirectory(UnitService units) {
		this.units = units;
	}

	@Override
	public Optional<Entry> find(String code) {
		return units.findByCode(code).map(unit -> new Entry(unit.id(), unit.path()));
	}
}
