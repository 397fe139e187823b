package vn.baophu.task;

/**
 * Where a task stands. NOT_STARTED, IN_PROGRESS and DONE are what people set; OVERDUE is computed
 * from the clock on every read (a due date passed without the task, or its cycle, being done) and is
 * never stored, so it cannot go stale.
 */
public enum TaskStatus {
	NOT_STARTED, IN_PROGRESS, DONE, OVERDUE;

	/** The statuses a person may set. */
	public static final java.util.List<TaskStatus> SETTABLE = java.util.List.of(NOT_STARTED, IN_PROGRESS, DONE);
}
