/**
 * The data-entry grid, month closing and the figures API.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.figures.web;
