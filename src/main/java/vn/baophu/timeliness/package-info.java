/**
 * Reporting timeliness: which leaf units' monthly figures were complete, and when (by the figures'
 * audit trail, read through {@link vn.baophu.figures.FiguresService}), against the monthly reporting
 * deadline of the nearest unit above them that set one, else the default of {@code baophu.tasks.*}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"deadline", "figures", "report", "shared", "task", "unit", "user"})
@org.jspecify.annotations.NullMarked
package vn.baophu.timeliness;
