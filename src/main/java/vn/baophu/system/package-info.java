/**
 * System wiring: security, the embedded PostgreSQL of the no-setup run, the demo data, web configuration and error pages.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.system;
