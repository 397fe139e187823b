package vn.baophu.user;

import org.jspecify.annotations.Nullable;

/** A form that gives a role and the code of the unit the user is tied to ("" = none). */
public interface RoleAndUnit {

	@Nullable Role getRole();

	String getUnitCode();
}
