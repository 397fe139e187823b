package vn.baophu.task.web;

import lombok.RequiredArgsConstructor;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.baophu.task.TaskInputException;

/** Bad input to the task API: 400 with the field and what is wrong. */
@RestControllerAdvice(assignableTypes = { TaskApiController.class, DirectiveApiController.class })
@RequiredArgsConstructor
class TaskApiErrors {

	private final MessageSource messages;

	@ExceptionHandler(ApiInput.BadField.class)
	ResponseEntity<Map<String, String>> badField(ApiInput.BadField ex) {
		return badRequest(ex.field(), ex.getMessage());
	}

	/** The first rule of the service the input breaks. */
	@ExceptionHandler(TaskInputException.class)
	ResponseEntity<Map<String, String>> rule(TaskInputException ex, Locale locale) {
		TaskInputException.Problem problem = ex.problems().get(0);
		return badRequest(problem.field(), messages.getMessage(problem.key(), problem.args().toArray(), locale));
	}

	/** The first field Bean Validation refused ({@code @Valid @RequestBody}). */
	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<Map<String, String>> invalid(MethodArgumentNotValidException ex, Locale locale) {
		FieldError error = ex.getBindingResult().getFieldErrors().get(0);
		return badRequest(error.getField(), messages.getMessage(error, locale));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> illegal(IllegalArgumentException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", String.valueOf(ex.getMessage())));
	}

	private static ResponseEntity<Map<String, String>> badRequest(String field, String message) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("field", field, "message", message));
	}
}
