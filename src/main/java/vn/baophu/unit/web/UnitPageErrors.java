package vn.baophu.unit.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.baophu.unit.UnitNotFoundException;

/**
 * An unknown unit code in a page address (or a code that named no unit in the month asked for)
 * shows the 404 page straight away, saying what the code named, with the signed-in user's
 * navigation. The API's controllers are {@link UnitApiErrors}', which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
class UnitPageErrors {

	static final String NOT_FOUND_VIEW = "error/404";

	private final UnitNotFoundText text;

	@ExceptionHandler(UnitNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unitNotFound(UnitNotFoundException ex, Locale locale, Model model) {
		model.addAttribute("notFoundDetail", text.of(ex, locale));
		return NOT_FOUND_VIEW;
	}
}
