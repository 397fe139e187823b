package vn.baophu.user;

import jakarta.validation.constraints.Pattern;
import lombok.Getter;
import lombok.Setter;

/** The language a user reads the pages in: "vi" (the default) or "en". */
@Getter
@Setter
public class LanguageForm {

	@Pattern(regexp = "vi|en", message = "{user.form.language.invalid}")
	private String language = "vi";
}
