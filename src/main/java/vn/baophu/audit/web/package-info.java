/**
 * History pages and API of the audit trail.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.audit.web;
