package vn.baophu.unit.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.baophu.unit.UnitNotFoundException;

/** A code without a unit (in the month asked for) is a 404 problem whose detail says what the code named. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class UnitApiErrors {

	private final UnitNotFoundText text;

	@ExceptionHandler(UnitNotFoundException.class)
	ProblemDetail unitNotFound(UnitNotFoundException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text.of(ex, locale));
		problem.setProperty("code", ex.code());
		if (ex.period() != null) {
			problem.setProperty("period", ex.period().toString());
		}
		return problem;
	}
}
