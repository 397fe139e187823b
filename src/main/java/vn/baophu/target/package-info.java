/**
 * Denominators (population, labour force) per unit and year, and target rates per unit, year and indicator, each with its source.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared", "unit", "user"})
@org.jspecify.annotations.NullMarked
package vn.baophu.target;
