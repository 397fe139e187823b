/**
 * The timeliness page, the reporting-deadline form and their JSON API under {@code /api/v1}.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.timeliness.web;
