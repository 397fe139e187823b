package vn.baophu.user.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.baophu.user.web.UserJson.FieldMessage;
import vn.baophu.user.web.UserJson.Problems;

/**
 * Refusals of the users API as JSON naming each field: 422 bad input, 409 a name taken or a user
 * changed meanwhile, 403 an administrator demoting or disabling themselves. (403 outside the
 * subtree and 404 for an unknown user are the application's usual answers.)
 */
@RestControllerAdvice(assignableTypes = UserApiController.class)
@RequiredArgsConstructor
class UserApiErrors {

	/** Thrown with the messages already in the caller's language. */
	static final class Refused extends RuntimeException {

		private final HttpStatus status;
		private final transient List<FieldMessage> errors;

		Refused(HttpStatus status, List<FieldMessage> errors) {
			super(status + " " + errors);
			this.status = status;
			this.errors = List.copyOf(errors);
		}
	}

	private final MessageSource messages;

	@ExceptionHandler(Refused.class)
	ResponseEntity<Problems> refused(Refused ex) {
		return ResponseEntity.status(ex.status).body(new Problems(ex.errors));
	}

	/** Saved by someone else between our read and our write. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Problems> changedMeanwhile(Locale locale) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(new Problems(List.of(new FieldMessage("", messages.getMessage("user.api.changedMeanwhile", null, locale)))));
	}

	/** The same name created by two requests at once: the unique constraint refuses the second. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Problems> nameTakenMeanwhile(Locale locale) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(new Problems(List.of(new FieldMessage("username", messages.getMessage("user.api.nameTaken", null, locale)))));
	}
}
