/**
 * System wiring: security, the embedded PostgreSQL of the no-setup run, the demo data, web configuration and error pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"coverage", "imports", "shared", "unit", "user"})
@org.jspecify.annotations.NullMarked
package vn.baophu.system;
