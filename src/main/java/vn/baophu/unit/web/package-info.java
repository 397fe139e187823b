/**
 * Pages to browse the administrative tree.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.unit.web;
