/**
 * Target allocation ("giao chỉ tiêu … cho UBND các xã"): a unit's gap table divided into what each
 * child still has to enrol per scheme, assigned in one step as tasks of a directive (through the task
 * module's API), and each allocation task's progress measured against the figures that came in since
 * ({@link vn.baophu.task.AllocationMeasure}, which the task module shows with its tasks).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"coverage", "deadline", "figures", "report", "school", "shared", "task", "unit", "user"})
@org.jspecify.annotations.NullMarked
package vn.baophu.allocation;
