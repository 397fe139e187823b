/**
 * The audit trail: every saving transaction is one revision (Hibernate Envers) with who saved it
 * and, where the user gave one, why; history pages and API read the revisions of figures, month
 * status, denominators, targets, units and users.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"unit", "user"})
@org.jspecify.annotations.NullMarked
package vn.baophu.audit;
