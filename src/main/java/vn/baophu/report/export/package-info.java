/**
 * The official report tables as files: the gap tables, the people still to enrol by unit and the
 * monthly summary, laid out as provinces publish them (two-row header, column numbering A, B, 1,
 * 2, 3=2/1 …, total row, sources of the denominators and targets) and written as .xlsx (real
 * numbers with display formats) or rendered to PDF through a Thymeleaf template with an embedded
 * font. The numbers come only from {@link vn.baophu.report.GapTableService}, so a file always
 * equals the page and the API.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.report.export;
