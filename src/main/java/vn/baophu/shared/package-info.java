/**
 * Value types every module speaks: the indicators, Vietnamese number and date formats,
 * Vietnam's time zone, and the flash message every module's pages show after a redirect.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package vn.baophu.shared;
