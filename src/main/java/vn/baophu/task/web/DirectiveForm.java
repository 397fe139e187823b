package vn.baophu.task.web;

import java.util.List;
import java.util.Map;

import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import vn.baophu.task.DirectiveInput;
import vn.baophu.task.DirectiveKind;
import vn.baophu.task.DirectiveView;
import vn.baophu.task.TaskInputException;

/**
 * A directive on its form; the date is dd/MM/yyyy or only a year. The rules are the service's
 * ({@link vn.baophu.task.DirectiveService#check}), shown on the fields by {@link #reject}.
 */
@Getter
@Setter
class DirectiveForm {

	/** The form's sentence for each of the service's problems. */
	private static final Map<String, String> MESSAGES = Map.of("task.error.required", "task.form.required",
			"task.error.tooLong", "task.form.tooLong", "task.import.error.directiveDate", "task.form.directiveDate",
			"task.import.error.kind", "task.form.required");

	private String number = "";

	private String issued = "";

	private String issuer = "";

	private @Nullable DirectiveKind kind;

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

	DirectiveInput input() {
		return new DirectiveInput(number, issued, issuer, kind == null ? "" : kind.name(), title);
	}

	static void reject(BindingResult errors, List<TaskInputException.Problem> problems) {
		TaskForm.reject(errors, problems, field -> field, MESSAGES::get);
	}
}
