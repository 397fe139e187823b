package vn.baophu.task;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Asked for a directive or task that does not exist: 404 for pages and API alike. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TaskNotFoundException extends RuntimeException {

	public TaskNotFoundException(String what, long id) {
		super("No " + what + " with id " + id);
	}
}
