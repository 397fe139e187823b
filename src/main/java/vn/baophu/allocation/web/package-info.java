/**
 * The allocation page (from the gap table, as tasks of a directive) and its JSON API under {@code /api/v1}.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.allocation.web;
