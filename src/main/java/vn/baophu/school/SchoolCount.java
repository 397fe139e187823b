package vn.baophu.school;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One snapshot of a school, as an import row gives it: the school (matched by code when given, else
 * by name within its unit, created when new) and its students on a day of a school year.
 */
public record SchoolCount(int row, long unitId, String school, @Nullable String code, SchoolLevel level,
		SchoolYear schoolYear, LocalDate asOf, int students, int insuredOtherGroup, int insuredAtSchool) {
}
