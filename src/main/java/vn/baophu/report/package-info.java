/**
 * Gap tables: for a unit and month, one row per child plus the total row, aggregated in SQL over the subtree and computed by the coverage core.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"coverage", "figures", "shared", "unit", "user"})
@org.jspecify.annotations.NullMarked
package vn.baophu.report;
