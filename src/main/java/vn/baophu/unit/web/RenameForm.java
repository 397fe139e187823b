package vn.baophu.unit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitRef;

/** A new name and kind for the unit (a xã becoming a phường, a huyện a thị xã). */
@Getter
@Setter
class RenameForm {

	@NotBlank(message = "{unit.manage.error.nameRequired}")
	@Size(max = 200, message = "{unit.manage.error.nameSize}")
	private String name = "";

	@NotNull(message = "{unit.manage.error.kindRequired}")
	private @Nullable UnitKind kind;

	static RenameForm of(UnitRef unit) {
		RenameForm form = new RenameForm();
		form.name = unit.name();
		form.kind = unit.kind();
		return form;
	}
}
