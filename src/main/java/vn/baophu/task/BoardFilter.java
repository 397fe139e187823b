package vn.baophu.task;

import org.jspecify.annotations.Nullable;
import vn.baophu.deadline.DeadlineText;

/**
 * Filters of the task board: {@code assignee} matches part of the assignee's name or unit name,
 * ignoring case and diacritics ("huyen hoi" finds "UBND xã Huyền Hội"); {@code directiveId} one
 * directive.
 */
public record BoardFilter(@Nullable String assignee, @Nullable Long directiveId) {

	public static final BoardFilter NONE = new BoardFilter(null, null);

	boolean accepts(TaskView task) {
		if (directiveId != null && task.directiveId() != directiveId) {
			return false;
		}
		if (assignee == null || assignee.isBlank()) {
			return true;
		}
		String wanted = DeadlineText.plain(assignee);
		return DeadlineText.plain(task.assigneeName()).contains(wanted)
				|| (task.assigneeUnitName() != null && DeadlineText.plain(task.assigneeUnitName()).contains(wanted));
	}
}
