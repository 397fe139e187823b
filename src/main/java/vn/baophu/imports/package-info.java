/**
 * Import of units, denominators, targets and figures from CSV and .xlsx: preview every bad row, then save all or nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"figures", "school", "shared", "target", "unit", "user"})
@org.jspecify.annotations.NullMarked
package vn.baophu.imports;
