/**
 * Directives (văn bản chỉ đạo) and the tasks they assign to agencies and units, with one-off or
 * recurring deadlines ({@link vn.baophu.deadline.Deadline}), status and progress notes; the board of
 * overdue and due-soon tasks of a subtree, whose status is computed from the clock on every read and
 * never stored. Target-allocation tasks keep what they were given; the allocation module makes them and
 * measures their progress ({@link vn.baophu.task.AllocationMeasure}). The reporting deadline's defaults
 * ({@link vn.baophu.task.TaskSettings}) serve the timeliness module too.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"deadline", "shared", "unit", "user"})
@org.jspecify.annotations.NullMarked
package vn.baophu.task;
