/**
 * Value types every module speaks: the indicators and Vietnamese number formats.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.shared;
