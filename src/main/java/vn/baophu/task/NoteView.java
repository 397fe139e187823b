package vn.baophu.task;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.baophu.deadline.Cycle;

/** A progress note; {@code cycle}: for a recurring task, the cycle it was written in. */
public record NoteView(long id, LocalDate writtenOn, Instant writtenAt, String author, @Nullable Cycle cycle,
		String text) {
}
