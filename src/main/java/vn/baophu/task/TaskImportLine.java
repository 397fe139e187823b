package vn.baophu.task;

import org.jspecify.annotations.Nullable;
import vn.baophu.deadline.Deadline;

/** A row of a task file as it will be saved, for the preview. */
public record TaskImportLine(int row, DirectiveDraft directive, String assignee, @Nullable String assigneeUnitCode,
		String description, Deadline deadline) {
}
