/**
 * The dashboard page, its print view (A4 landscape) and its JSON API.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.dashboard.web;
