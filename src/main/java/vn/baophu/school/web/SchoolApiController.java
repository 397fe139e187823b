package vn.baophu.school.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.baophu.school.SchoolRow;
import vn.baophu.school.SchoolService;
import vn.baophu.school.SchoolTable;
import vn.baophu.shared.VietnameseNumbers;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** The appendix as JSON: students' health insurance per school, rates in percent to two decimals. */
@RestController
@Tag(name = "Schools", description = "Students' health insurance per school and school year")
@RequiredArgsConstructor
class SchoolApiController {

	record UnitJson(String code, String name, String level) {
	}

	record RowJson(@Nullable String school, @Nullable String level, @Nullable String unitCode, long students,
			long insured, long insuredOtherGroup, long insuredAtSchool, long remaining, @Nullable BigDecimal rate) {

		static RowJson of(SchoolRow row) {
			return new RowJson(row.school(), row.level() == null ? null : row.level().name(), row.unitCode(),
					row.students(), row.insured(), row.insuredOtherGroup(), row.insuredAtSchool(), row.remaining(),
					VietnameseNumbers.round2(row.rate()));
		}
	}

	record TotalJson(long students, long insured, long insuredOtherGroup, long insuredAtSchool, long remaining,
			@Nullable BigDecimal rate) {
	}

	record TableJson(UnitJson unit, String schoolYear, List<RowJson> rows, TotalJson total) {
	}

	private final UnitService units;
	private final SchoolService schools;

	@GetMapping("/api/v1/units/{code}/schools")
	@Operation(summary = "The appendix of a unit: the latest snapshot of each school below it for the school year",
			description = "schoolYear written 2022-2023 (default: the newest with figures); schools at 100 % first, "
					+ "then by rate; the total sums the schools.")
	TableJson table(@PathVariable String code, @RequestParam(required = false) @Nullable String schoolYear,
			@AuthenticationPrincipal SignedInUser user) {
		UnitRef unit = units.requireVisible(code, user);
		SchoolTable table = schools.table(unit, SchoolYearParam.of(schoolYear, unit, schools));
		SchoolRow total = table.total();
		return new TableJson(new UnitJson(unit.code(), unit.name(), unit.level().name()),
				table.schoolYear().toString(), table.rows().stream().map(RowJson::of).toList(),
				new TotalJson(total.students(), total.insured(), total.insuredOtherGroup(), total.insuredAtSchool(),
						total.remaining(), VietnameseNumbers.round2(total.rate())));
	}
}
