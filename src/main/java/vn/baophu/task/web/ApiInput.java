package vn.baophu.task.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.baophu.task.Deadline;
import vn.baophu.task.DeadlineText;
import vn.baophu.task.DirectiveDate;
import vn.baophu.task.DirectiveDraft;
import vn.baophu.task.DirectiveKind;
import vn.baophu.task.TaskDraft;

/** What API clients send; read into drafts, a bad field answered with 400 naming it. */
final class ApiInput {

	private ApiInput() {
	}

	/** A field the client sent wrong. */
	static final class BadField extends RuntimeException {

		private final String field;

		BadField(String field, String message) {
			super(message);
			this.field = field;
		}

		String field() {
			return field;
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

	/**
	 * {@code recurrence} and {@code due} as in the CSV files; {@code assigneeUnit} a unit code; the
	 * assignee's name defaults to the unit's; {@code startsOn} to the directive's date.
	 */
	record TaskInput(@Nullable String assignee, @Nullable String assigneeUnit, @Nullable String description,
			@Nullable String recurrence, @Nullable String due, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {

		Deadline deadline() {
			try {
				return DeadlineText.parse(recurrence == null ? "" : recurrence, due == null ? "" : due);
			}
			catch (DeadlineText.BadDeadline ex) {
				throw new BadField(ex.field(), "cannot read " + ex.field() + ": " + ex.value());
			}
		}

		TaskDraft draft(@Nullable Long unitId, @Nullable String unitName, LocalDate defaultStart) {
			String name = assignee == null || assignee.isBlank() ? unitName : assignee.strip();
			if (name == null) {
				throw new BadField("assignee", "an assignee (name or unit) is required");
			}
			if (name.length() > TaskDraft.ASSIGNEE_LENGTH) {
				throw new BadField("assignee", "longer than " + TaskDraft.ASSIGNEE_LENGTH);
			}
			LocalDate start = startsOn == null ? defaultStart : startsOn;
			if (endsOn != null && endsOn.isBefore(start)) {
				throw new BadField("endsOn", "before the start " + start);
			}
			return new TaskDraft(name, unitId, text("description", description, TaskDraft.DESCRIPTION_LENGTH),
					deadline(), start, endsOn);
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
