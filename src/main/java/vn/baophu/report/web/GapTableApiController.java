package vn.baophu.report.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.baophu.report.GapTableService;
import vn.baophu.user.SignedInUser;

@RestController
@Tag(name = "Gap tables", description = "Coverage, achievement and people still to enrol, per child unit")
@RequiredArgsConstructor
class GapTableApiController {

	private final GapTableService gapTables;

	@GetMapping("/api/v1/units/{code}/gap-table")
	@Operation(summary = "Gap table of a unit for a month",
			description = "One row per child unit plus the total row. Rates are percentages rounded to two "
					+ "decimals; remaining is a whole number of people, negative when the target is exceeded; "
					+ "values that cannot be computed (missing figures, no target) are null.")
	GapTableJson gapTable(@PathVariable String code,
			@Parameter(description = "Month as YYYY-MM; default: the newest month with figures")
			@RequestParam(required = false) @Nullable YearMonth period,
			@AuthenticationPrincipal SignedInUser user) {
		return GapTableJson.of(gapTables.gapTable(code, period, user));
	}
}
