package vn.baophu.task;

import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

/** Signed-in users of the Càng Long demo tree, by role and unit code. */
final class TaskUsers {

	static final SignedInUser ADMIN = new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true);

	private TaskUsers() {
	}

	static SignedInUser of(UnitService units, Role role, String unitCode) {
		return new SignedInUser(role.name().toLowerCase() + unitCode, "x", "Người dùng " + unitCode, role,
				units.require(unitCode).id(), true);
	}
}
