/**
 * Denominators (population, labour force) per unit and year, and target rates per unit, year and indicator, each with its source.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.target;
