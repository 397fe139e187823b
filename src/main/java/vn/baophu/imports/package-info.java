/**
 * Import of units, denominators, targets, figures, users, reforms and directives' tasks from CSV and
 * .xlsx: preview every bad row, then save all or nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"figures", "school", "shared", "target", "task", "unit", "user"})
@org.jspecify.annotations.NullMarked
package vn.baophu.imports;
