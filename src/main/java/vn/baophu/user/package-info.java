/**
 * User accounts, their role and the unit whose subtree they may see.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.user;
