package vn.baophu.task.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A progress note. */
@Getter
@Setter
class NoteForm {

	@NotBlank(message = "{task.form.required}")
	@Size(max = 4000, message = "{task.form.tooLong}")
	private String text = "";
}
