package vn.baophu.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.baophu.school.SchoolCount;
import vn.baophu.school.SchoolLevel;
import vn.baophu.school.SchoolService;
import vn.baophu.school.SchoolYear;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;

/**
 * schools: {@code unit_code,school,level,school_year,as_of,students,insured_other_group,insured_at_school}
 * (optional {@code school_code}): one snapshot of a school's students per row. The unit is the one
 * the code named on the {@code as_of} day; any unit may hold schools.
 */
@Component
@RequiredArgsConstructor
class SchoolsCheck implements KindCheck {

	private static final int NAME_LENGTH = 300;
	private static final int CODE_LENGTH = 32;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final UnitService units;
	private final SchoolService schools;

	@Override
	public Checked check(Table table, ImportContext context) {
		UnitRows<SchoolCount> counts = UnitRows.read(table, units, (check, row, known, keys) -> {
			LocalDate asOf = day(check, "as_of");
			UnitRef unit = check.unit("unit_code", known, asOf == null ? null : YearMonth.from(asOf), false);
			String name = check.text("school", true, NAME_LENGTH);
			String code = check.text("school_code", false, CODE_LENGTH);
			String levelText = check.text("level", true, Integer.MAX_VALUE);
			SchoolLevel level = levelText == null ? null : SchoolLevel.parse(levelText).orElse(null);
			if (levelText != null && level == null) {
				check.error("level", "import.error.schoolLevel", levelText);
			}
			String yearText = check.text("school_year", true, Integer.MAX_VALUE);
			SchoolYear schoolYear = yearText == null ? null : SchoolYear.parse(yearText).orElse(null);
			if (yearText != null && schoolYear == null) {
				check.error("school_year", "import.error.schoolYear", yearText);
			}
			Long students = check.count("students", true);
			Long other = check.count("insured_other_group", true);
			Long atSchool = check.count("insured_at_school", true);
			if (students != null && other != null && atSchool != null && other + atSchool > students) {
				check.error("insured_at_school", "import.error.insuredAboveStudents", other + atSchool, students);
			}
			if (unit != null && name != null && schoolYear != null && asOf != null) {
				keys.firstTime(check, "school", (code != null ? code : unit.code() + ", " + name) + ", " + schoolYear
						+ ", " + asOf);
			}
			return () -> new SchoolCount(row.number(), unit.id(), name, code, level, schoolYear, asOf,
					students.intValue(), other.intValue(), atSchool.intValue());
		});
		return counts.checked(user -> schools.save(counts.values(), user));
	}

	/** A required day, dd/MM/yyyy or yyyy-MM-dd (an .xlsx date cell reads as the latter). */
	private static @Nullable LocalDate day(RowCheck check, String field) {
		String text = check.text(field, true, Integer.MAX_VALUE);
		if (text == null) {
			return null;
		}
		try {
			return text.contains("/") ? LocalDate.parse(text, DAY) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			check.error(field, "import.error.day", text);
			return null;
		}
	}
}
