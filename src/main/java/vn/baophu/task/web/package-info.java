/**
 * The task pages (board, directives, tasks, import, target allocation) and the JSON API under {@code /api/v1}.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.task.web;
