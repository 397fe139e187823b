package vn.baophu.unit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import vn.baophu.unit.UnitKind;

/** A new unit under the managed one: official code, name and kind (its level follows from the parent). */
@Getter
@Setter
class NewUnitForm {

	@NotBlank(message = "{unit.manage.error.codeRequired}")
	@Size(max = 16, message = "{unit.manage.error.codeSize}")
	@Pattern(regexp = "\\s*[A-Za-z0-9_-]*\\s*", message = "{unit.manage.error.codeCharacters}")
	private String code = "";

	@NotBlank(message = "{unit.manage.error.nameRequired}")
	@Size(max = 200, message = "{unit.manage.error.nameSize}")
	private String name = "";

	@NotNull(message = "{unit.manage.error.kindRequired}")
	private @Nullable UnitKind kind;
}
