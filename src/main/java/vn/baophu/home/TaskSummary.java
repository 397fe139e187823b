package vn.baophu.home;

import java.util.List;

import vn.baophu.task.PendingTasks;
import vn.baophu.task.TaskView;

/** The tasks a home page lists: the first few overdue and due soon, and how many there are in all. */
public record TaskSummary(int overdueCount, int dueSoonCount, int dueSoonDays, List<TaskView> overdue,
		List<TaskView> dueSoon) {

	static TaskSummary of(PendingTasks pending, int listed) {
		return new TaskSummary(pending.overdue().size(), pending.dueSoon().size(), pending.dueSoonDays(),
				pending.overdue().stream().limit(listed).toList(), pending.dueSoon().stream().limit(listed).toList());
	}
}
