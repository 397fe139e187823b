package vn.baophu.allocation.web;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.baophu.allocation.AllocationLine;
import vn.baophu.allocation.AllocationService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** Target allocation as tasks, over HTTP. */
@RestController
@Tag(name = "Tasks", description = "Directives' tasks with deadlines; status computed from the clock on every read")
@RequiredArgsConstructor
class PlanningApiController {

	private final UnitService units;
	private final AllocationService allocations;

	record AllocationInput(@Nullable YearMonth period, @Nullable Long directiveId, @Nullable LocalDate dueOn) {
	}

	record AllocationJson(List<Long> created, List<String> skipped) {
	}

	@GetMapping("/api/v1/units/{code}/allocation")
	@Operation(summary = "What each child still has to enrol per scheme (positive gaps of the gap table) and its "
			+ "participants of the month (the baseline)")
	List<AllocationLine> plan(@PathVariable String code, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable Long directive, @AuthenticationPrincipal SignedInUser user) {
		UnitRef unit = units.require(code);
		return allocations.plan(unit, allocations.period(unit, Periods.parse(period)), directive, user);
	}

	@PostMapping("/api/v1/units/{code}/allocation")
	@Operation(summary = "Create one task per child with what it still has to enrol, under a directive",
			description = "Body: period (YYYY-MM, the gap table's month), directiveId, dueOn (default 31 December). "
					+ "Children allocated before by the same directive for the same month are skipped.")
	ResponseEntity<AllocationJson> allocate(@PathVariable String code, @RequestBody AllocationInput input,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		UnitRef unit = units.require(code);
		if (input.period() == null || input.directiveId() == null) {
			throw new MissingField(input.period() == null ? "period" : "directiveId");
		}
		LocalDate due = input.dueOn() != null ? input.dueOn() : LocalDate.of(input.period().getYear(), 12, 31);
		AllocationService.Outcome outcome = allocations.allocate(unit, input.period(), input.directiveId(), due, user,
				locale);
		return ResponseEntity.status(HttpStatus.CREATED).body(new AllocationJson(outcome.created(), outcome.skippedCodes()));
	}

	record SchoolAllocationInput(@Nullable String schoolYear, @Nullable Long directiveId, @Nullable LocalDate dueOn) {
	}

	@PostMapping("/api/v1/units/{code}/schools/allocation")
	@Operation(summary = "Create one task per school below 100 % of the unit's appendix, under a directive",
			description = "Body: schoolYear (2022-2023), directiveId, dueOn (default the end of the school year, 31 May).")
	ResponseEntity<AllocationJson> allocateSchools(@PathVariable String code, @RequestBody SchoolAllocationInput input,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		UnitRef unit = units.require(code);
		vn.baophu.school.SchoolYear year = input.schoolYear() == null ? null
				: vn.baophu.school.SchoolYear.parse(input.schoolYear()).orElse(null);
		if (year == null || input.directiveId() == null) {
			throw new MissingField(year == null ? "schoolYear" : "directiveId");
		}
		LocalDate due = input.dueOn() != null ? input.dueOn() : LocalDate.of(year.first() + 1, 5, 31);
		return ResponseEntity.status(HttpStatus.CREATED).body(new AllocationJson(
				allocations.allocateSchools(unit, year, input.directiveId(), due, user, locale), List.of()));
	}

	/** A required field of the body left out: 400 naming it, as the task API answers a bad field. */
	@ExceptionHandler(MissingField.class)
	ResponseEntity<Map<String, String>> missing(MissingField ex) {
		return ResponseEntity.badRequest().body(Map.of("field", ex.getMessage(), "message", "required"));
	}

	static final class MissingField extends RuntimeException {

		MissingField(String field) {
			super(field);
		}
	}
}
