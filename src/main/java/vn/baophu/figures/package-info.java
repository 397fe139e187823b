/**
 * Monthly participant counts per leaf unit: BHYT, BHXH bắt buộc, BHXH tự nguyện and BHTN as of the month's end; a missing month is missing, not zero.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared", "unit", "user"})
@org.jspecify.annotations.NullMarked
package vn.baophu.figures;
