package vn.baophu.school.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.baophu.school.SchoolService;
import vn.baophu.school.SchoolYear;
import vn.baophu.unit.UnitRef;

/** The school year asked for ("2022-2023"; 400 when malformed), else the newest with snapshots, else this one. */
final class SchoolYearParam {

	private SchoolYearParam() {
	}

	static SchoolYear of(@Nullable String text, UnitRef unit, SchoolService schools) {
		if (text != null && !text.isBlank()) {
			return SchoolYear.parse(text).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"schoolYear must be written 2022-2023"));
		}
		return schools.latestSchoolYear(unit).orElseGet(() -> new SchoolYear(java.time.Year.now().getValue() - 1));
	}
}
