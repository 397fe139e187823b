package vn.baophu.task.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import vn.baophu.task.DirectiveDate;
import vn.baophu.task.DirectiveDraft;
import vn.baophu.task.DirectiveKind;
import vn.baophu.task.DirectiveView;

/** A directive on its form; the date is dd/MM/yyyy or only a year. */
@Getter
@Setter
@ValidDirectiveDate
class DirectiveForm {

	@NotBlank(message = "{task.form.required}")
	@Size(max = DirectiveDraft.NUMBER_LENGTH, message = "{task.form.tooLong}")
	private String number = "";

	private String issued = "";

	@NotBlank(message = "{task.form.required}")
	@Size(max = DirectiveDraft.ISSUER_LENGTH, message = "{task.form.tooLong}")
	private String issuer = "";

	@NotNull(message = "{task.form.required}")
	private @Nullable DirectiveKind kind;

	@NotBlank(message = "{task.form.required}")
	@Size(max = DirectiveDraft.TITLE_LENGTH, message = "{task.form.tooLong}")
	private String title = "";

	static DirectiveForm of(DirectiveView directive) {
		DirectiveForm form = new DirectiveForm();
		form.setNumber(directive.number());
		form.setIssued(directive.issued().text());
		form.setIssuer(directive.issuer());
		form.setKind(directive.kind());
		form.setTitle(directive.title());
		return form;
	}

	/** Call only when the form is valid. */
	DirectiveDraft draft() {
		DirectiveDate date = DirectiveDate.parse(issued).orElseThrow();
		return new DirectiveDraft(number.strip(), date, issuer.strip(), java.util.Objects.requireNonNull(kind),
				title.strip());
	}
}
