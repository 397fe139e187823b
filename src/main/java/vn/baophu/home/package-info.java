/**
 * The home page each user lands on after signing in, for their unit (the whole tree for an
 * administrator without one): provincial staff and administrators see this month's reporting, the
 * months still to close, the tasks overdue and due soon, and the last imports (administrators also the
 * accounts locked and the failed sign-ins); district officials the gap table of their latest complete
 * month, their reporting and their tasks; leaders their dashboard. It owns no data: every number comes
 * from the API of the module that owns it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"dashboard", "figures", "imports", "report", "shared", "task", "unit", "user"})
@org.jspecify.annotations.NullMarked
package vn.baophu.home;
