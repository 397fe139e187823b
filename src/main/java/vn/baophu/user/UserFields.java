package vn.baophu.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;

/** What creating and editing a user both ask: the name shown, the role and the unit (by code). */
@Getter
@Setter
@UnitRequiredForRole
public abstract class UserFields implements RoleAndUnit {

	@NotBlank(message = "{user.form.displayName.required}")
	@Size(max = 200, message = "{user.form.displayName.size}")
	private String displayName = "";

	@NotNull(message = "{user.form.role.required}")
	private @Nullable Role role;

	@Size(max = 16, message = "{user.form.unitCode.size}")
	private String unitCode = "";
}
