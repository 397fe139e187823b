package vn.baophu.task.web;

import java.time.LocalDate;

import lombok.Getter;
import lombok.experimental.Accessors;
import org.jspecify.annotations.Nullable;
import vn.baophu.task.DirectiveDate;
import vn.baophu.task.DirectiveDraft;
import vn.baophu.task.DirectiveKind;

/** What API clients send; read into drafts, a bad field answered with 400 naming it. */
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

	/** {@code issued}: dd/MM/yyyy, yyyy-MM-dd or a year; {@code kind}: CONG_VAN… or "công văn"… */
	record DirectiveInput(@Nullable String number, @Nullable String issued, @Nullable String issuer,
			@Nullable String kind, @Nullable String title) {

		DirectiveDraft draft() {
			DirectiveDate date = DirectiveDate.parse(text("issued", issued, 20))
				.orElseThrow(() -> new BadField("issued", "not a date dd/MM/yyyy or a year: " + issued));
			DirectiveKind directiveKind = DirectiveKind.parse(text("kind", kind, 40))
				.orElseThrow(() -> new BadField("kind", "not a kind of directive: " + kind));
			return new DirectiveDraft(text("number", number, DirectiveDraft.NUMBER_LENGTH), date,
					text("issuer", issuer, DirectiveDraft.ISSUER_LENGTH), directiveKind,
					text("title", title, DirectiveDraft.TITLE_LENGTH));
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
