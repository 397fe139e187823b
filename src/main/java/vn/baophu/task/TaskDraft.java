package vn.baophu.task;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.baophu.deadline.Deadline;

/**
 * What a task says, from a form, the API or a file: who (an agency by name, or a unit of the tree,
 * whose name is then the assignee's name unless one is given), what, and when. {@code startsOn}: the
 * day recurring cycles count from (the directive's date by default); {@code endsOn}: no cycle is due
 * after it (optional).
 */
public record TaskDraft(String assigneeName, @Nullable Long assigneeUnitId, String description, Deadline deadline,
		LocalDate startsOn, @Nullable LocalDate endsOn) {

	public static final int ASSIGNEE_LENGTH = 300;
	public static final int DESCRIPTION_LENGTH = 4000;
	/** The longest unit code (administrative_unit.code is varchar(16)). */
	public static final int UNIT_CODE_LENGTH = 16;
}
