/**
 * The yearly grids to keep denominators (per leaf unit) and targets (per unit and its children)
 * up to date, for administrators and provincial staff inside their subtree.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.target.web;
