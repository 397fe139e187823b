package vn.baophu.unit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Asked for a unit code that does not exist: 404 for pages and API alike. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnitNotFoundException extends RuntimeException {

	public UnitNotFoundException(String code) {
		super("No unit with code " + code);
	}
}
