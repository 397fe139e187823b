package vn.baophu.task;

import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

/**
 * Who may do what with directives and tasks:
 * <ul>
 * <li>read: anyone who can see the unit the directive is kept under, or the unit a task is assigned to;
 * <li>create and edit directives and tasks: administrators and provincial staff whose subtree holds the
 * directive's unit ({@link SignedInUser#canManage});
 * <li>set the status of a task and add progress notes: those, and for a task assigned to a unit, the
 * administrators, provincial staff and district officials whose subtree holds that unit (the assignee
 * reports its own progress). Leaders read.
 * </ul>
 */
public final class TaskPermissions {

	private TaskPermissions() {
	}

	public static boolean canRead(SignedInUser user, TaskView task) {
		return user.canSee(task.directiveUnitPath())
				|| (task.assigneeUnitPath() != null && user.canSee(task.assigneeUnitPath()));
	}

	public static boolean canManage(SignedInUser user, DirectiveView directive) {
		return user.canManage(directive.unitPath());
	}

	public static boolean canManage(SignedInUser user, TaskView task) {
		return user.canManage(task.directiveUnitPath());
	}

	public static boolean canUpdate(SignedInUser user, TaskView task) {
		String assignee = task.assigneeUnitPath();
		return canManage(user, task) || (assignee != null && (user.canManage(assignee)
				|| (user.role() == Role.DISTRICT_OFFICIAL && user.canSee(assignee))));
	}
}
