package vn.baophu.school;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No school with this id: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SchoolNotFoundException extends RuntimeException {

	public SchoolNotFoundException(long id) {
		super("No school " + id);
	}
}
