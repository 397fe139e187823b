package vn.baophu.task.web;

import java.time.LocalDate;

import lombok.Getter;
import lombok.experimental.Accessors;
import org.jspecify.annotations.Nullable;

/** What API clients send for a task's status and notes; a bad field answered with 400 naming it. */
final class ApiInput {

	private ApiInput() {
	}

	/** A field the client sent wrong. */
	@Getter
	@Accessors(fluent = true)
	static final class BadField extends RuntimeException {

		private final String field;

		BadField(String field, String message) {
			super(message);
			this.field = field;
		}
	}

	/** {@code through}: on a recurring task, mark every cycle up to the one containing this day done. */
	record StatusInput(@Nullable String status, @Nullable LocalDate through) {
	}

	record NoteInput(@Nullable String text) {
	}

	static String text(String field, @Nullable String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new BadField(field, "required");
		}
		if (value.strip().length() > maxLength) {
			throw new BadField(field, "longer than " + maxLength);
		}
		return value.strip();
	}
}
