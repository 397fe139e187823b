/**
 * User accounts, their role and the unit whose subtree they may see.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package vn.baophu.user;
