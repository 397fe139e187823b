package vn.baophu.task.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A progress note; flashed with its errors across a redirect, so it goes into the stored session. */
@Getter
@Setter
class NoteForm implements java.io.Serializable {

	@NotBlank(message = "{task.form.required}")
	@Size(max = 4000, message = "{task.form.tooLong}")
	private String text = "";
}
