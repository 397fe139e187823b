/**
 * The dashboard page, its print view (A4 landscape) and its PDF with the charts drawn on the server,
 * the monthly meeting pack (dashboard, gap tables, overdue tasks in one PDF), and the JSON API.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.dashboard.web;
