package vn.baophu.user.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.RoleAndUnit;
import vn.baophu.user.SignedInUser;

/** Turns the unit code of a user form into the unit's id, or a field error on {@code unitCode}. */
@Component
class UnitCodeField {

	static final String FIELD = "unitCode";

	private final UnitService units;

	UnitCodeField(UnitService units) {
		this.units = units;
	}

	/**
	 * The id of the unit the form names, null for none. Refused (field error, null returned): an
	 * unknown code, a unit outside the administrator's subtree, and no unit at all from an
	 * administrator who is tied to a unit (that would give the whole tree).
	 */
	@Nullable Long resolve(RoleAndUnit form, SignedInUser admin, Errors errors) {
		if (errors.hasFieldErrors(FIELD)) {
			return null;
		}
		String code = form.getUnitCode().strip();
		if (code.isEmpty()) {
			if (admin.unitId() != null) {
				errors.rejectValue(FIELD, "user.form.unitCode.scopeRequired");
			}
			return null;
		}
		Optional<UnitRef> unit = units.findByCode(code);
		if (unit.isEmpty()) {
			errors.rejectValue(FIELD, "user.form.unitCode.unknown", new Object[] { code }, null);
			return null;
		}
		if (!admin.canSee(unit.get().path())) {
			errors.rejectValue(FIELD, "user.form.unitCode.outOfScope", new Object[] { code }, null);
			return null;
		}
		return unit.get().id();
	}
}
