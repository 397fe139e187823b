package vn.baophu.task;

import java.time.LocalDate;
import java.util.List;

/**
 * The tasks of a subtree (or of the whole tree) still to do on a day: the overdue ones, most overdue
 * first, and those due within {@code dueSoonDays}, soonest first.
 */
public record PendingTasks(LocalDate today, int dueSoonDays, List<TaskView> overdue, List<TaskView> dueSoon) {
}
