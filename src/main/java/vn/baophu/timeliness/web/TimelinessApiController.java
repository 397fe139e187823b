package vn.baophu.timeliness.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.baophu.timeliness.EffectiveRule;
import vn.baophu.timeliness.ReportingRule;
import vn.baophu.timeliness.Timeliness;
import vn.baophu.timeliness.TimelinessService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** Reporting timeliness and the reporting deadline, over HTTP. */
@RestController
@Tag(name = "Tasks", description = "Directives' tasks with deadlines; status computed from the clock on every read")
@RequiredArgsConstructor
class TimelinessApiController {

	private final UnitService units;
	private final TimelinessService timeliness;

	@GetMapping("/api/v1/units/{code}/timeliness")
	@Operation(summary = "Reporting timeliness of a month: per child and in total the leaves, how many have complete "
			+ "figures and how many completed them by the deadline (rates in percent, unrounded), then every leaf")
	Timeliness timeliness(@PathVariable String code, @RequestParam(required = false) @Nullable YearMonth period,
			@AuthenticationPrincipal SignedInUser user) {
		UnitRef unit = units.require(code);
		return timeliness.timeliness(unit, period, user);
	}

	@GetMapping("/api/v1/units/{code}/reporting-deadline")
	@Operation(summary = "The monthly reporting deadline that applies to a unit, and where it was set (null: default)")
	EffectiveRule rule(@PathVariable String code, @AuthenticationPrincipal SignedInUser user) {
		return timeliness.ruleFor(units.require(code), user);
	}

	@PutMapping("/api/v1/units/{code}/reporting-deadline")
	@Operation(summary = "Set a unit's own reporting deadline for the leaves below it",
			description = "day: 1–31, 0 = the last day; monthOffset: 0 = the reported month itself, 1 = the next; "
					+ "weekendRule: KEEP, PREVIOUS_FRIDAY or NEXT_MONDAY.")
	EffectiveRule setRule(@PathVariable String code, @RequestBody ReportingRule rule,
			@AuthenticationPrincipal SignedInUser user) {
		UnitRef unit = units.require(code);
		timeliness.setRule(unit, rule, user);
		return timeliness.ruleFor(unit, user);
	}

	@DeleteMapping("/api/v1/units/{code}/reporting-deadline")
	@Operation(summary = "Remove a unit's own reporting deadline, so the one above it (or the default) applies")
	EffectiveRule removeRule(@PathVariable String code, @AuthenticationPrincipal SignedInUser user) {
		UnitRef unit = units.require(code);
		timeliness.setRule(unit, null, user);
		return timeliness.ruleFor(unit, user);
	}

	/** A rule out of range: 400 with what is wrong. */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> illegal(IllegalArgumentException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", String.valueOf(ex.getMessage())));
	}
}
