/**
 * The home page at {@code /}, one view per role.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.home.web;
