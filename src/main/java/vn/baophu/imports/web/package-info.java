/**
 * The import page (choose a file, preview every problem, then save the same file) and the import API.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.imports.web;
