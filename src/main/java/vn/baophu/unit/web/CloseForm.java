package vn.baophu.unit.web;

import java.time.LocalDate;

import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.baophu.unit.UnitRef;

/** The day from which the unit no longer exists (merged or dissolved); empty: it exists again. */
@Getter
@Setter
class CloseForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate closedFrom;

	static CloseForm of(UnitRef unit) {
		CloseForm form = new CloseForm();
		form.closedFrom = unit.closedFrom();
		return form;
	}
}
