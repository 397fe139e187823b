package vn.baophu.unit.web;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The code of the unit's new parent; empty moves a province to the root. */
@Getter
@Setter
class MoveForm {

	@Size(max = 16, message = "{unit.manage.error.codeSize}")
	private String parentCode = "";
}
