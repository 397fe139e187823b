package vn.baophu.unit.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.baophu.unit.UnitNotFoundException;

/**
 * An unknown unit code in a page address shows the 404 page straight away, with the signed-in
 * user's navigation (the servlet container's error dispatch would give the same page, but only in
 * a real server, not under MockMvc). Limited to the tree pages so the JSON API keeps its JSON errors.
 */
@ControllerAdvice(assignableTypes = { UnitTreeController.class, UnitManageController.class })
class UnitPageErrors {

	static final String NOT_FOUND_VIEW = "error/404";

	@ExceptionHandler(UnitNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unitNotFound() {
		return NOT_FOUND_VIEW;
	}
}
