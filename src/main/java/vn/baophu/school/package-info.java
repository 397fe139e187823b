/**
 * Students' health insurance per school and school year: the schools (in a unit, with a level), their
 * snapshots of students and insured students, and the appendix table of the district plans.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "coverage", "report :: exports", "shared", "unit", "user" })
@org.jspecify.annotations.NullMarked
package vn.baophu.school;
