package vn.baophu.task;

import java.time.LocalDate;
import java.util.List;

import vn.baophu.unit.UnitRef;

/**
 * The tasks of a unit's subtree (of the directives kept in it, or assigned to a unit in it) on a day,
 * filtered: the overdue ones (most overdue first), those due within {@code dueSoonDays}, and all;
 * {@code directives} are the directives the filter can choose from.
 */
public record Board(UnitRef unit, LocalDate today, int dueSoonDays, BoardFilter filter, List<TaskView> overdue,
		List<TaskView> dueSoon, List<TaskView> all, List<DirectiveView> directives) {
}
