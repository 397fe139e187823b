/**
 * The official catalogue of Vietnam's administrative units (before the 2025 reform, from 1/7/2025
 * and from 30/4/2026, with the old→new commune mapping), shipped with the product: a province's
 * units are loaded, and the reform of 1/7/2025 applied, through the imports' own checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "imports", "unit", "user", "shared" })
@org.jspecify.annotations.NullMarked
package vn.baophu.catalogue;
