/**
 * User administration pages (administrators, within their subtree), the user's own account page
 * and {@code /api/v1/me}. A module of its own, nested in {@code user}: it reads unit codes through
 * {@code unit}, which itself depends on {@code user} for the signed-in principal, so as part of
 * {@code user} it would close a cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "User administration", allowedDependencies = {"shared", "unit", "user"})
@org.jspecify.annotations.NullMarked
package vn.baophu.user.web;
