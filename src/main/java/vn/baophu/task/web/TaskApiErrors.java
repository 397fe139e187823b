package vn.baophu.task.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad input to the task API: 400 with the field and what is wrong. */
@RestControllerAdvice(assignableTypes = { TaskApiController.class, DirectiveApiController.class,
		PlanningApiController.class, TaskImportApiController.class })
class TaskApiErrors {

	@ExceptionHandler(ApiInput.BadField.class)
	ResponseEntity<Map<String, String>> badField(ApiInput.BadField ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("field", ex.field(), "message", ex.getMessage()));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> illegal(IllegalArgumentException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", String.valueOf(ex.getMessage())));
	}
}
