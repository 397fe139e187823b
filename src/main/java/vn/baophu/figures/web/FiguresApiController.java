package vn.baophu.figures.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.baophu.figures.EntryRow;
import vn.baophu.figures.FigureEntryService;
import vn.baophu.figures.MonthClosedException;
import vn.baophu.figures.MonthStatusService;
import vn.baophu.figures.SaveOutcome;
import vn.baophu.figures.Values;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * Monthly figures over HTTP. Each leaf's month has an ETag (its version); a write must send it in
 * If-Match (or If-None-Match: * for a month not saved yet), so nobody overwrites a change they
 * have not seen: 409 when the figures changed meanwhile, 428 without a precondition, 423 when the
 * month is closed.
 */
@RestController
@Tag(name = "Figures", description = "Monthly participant counts of leaf units, with optimistic locking")
@RequiredArgsConstructor
class FiguresApiController {

	private final UnitService units;
	private final FigureEntryService entry;
	private final MonthStatusService months;

	record FiguresJson(String code, String name, String period, @Nullable Long bhyt, @Nullable Long bhxhCompulsory,
			@Nullable Long bhxhVoluntary, @Nullable Long bhtn, @Nullable String etag) {

		static FiguresJson of(EntryRow row, YearMonth period) {
			Values v = row.current();
			return new FiguresJson(row.code(), row.name(), period.toString(), v.bhyt(), v.bhxhCompulsory(),
					v.bhxhVoluntary(), v.bhtn(), FiguresApiController.etag(row.version()));
		}
	}

	record FiguresListJson(String unit, String period, String status, List<FiguresJson> rows) {
	}

	record FiguresUpdate(@Nullable Long bhyt, @Nullable Long bhxhCompulsory, @Nullable Long bhxhVoluntary,
			@Nullable Long bhtn, @Nullable Boolean confirmWarnings, @Nullable String comment) {
	}

	@GetMapping("/api/v1/units/{code}/figures")
	@Operation(summary = "Figures of every leaf unit below a unit for a month, each with its ETag")
	FiguresListJson list(@PathVariable String code, @RequestParam YearMonth period,
			@AuthenticationPrincipal SignedInUser user) {
		UnitRef unit = units.requireVisible(code, period, user);
		List<FiguresJson> rows = entry.rows(unit, period).stream().map(row -> FiguresJson.of(row, period)).toList();
		return new FiguresListJson(unit.code(), period.toString(), months.statusOf(unit, period).state().name(), rows);
	}

	@GetMapping("/api/v1/units/{code}/figures/{period}")
	@Operation(summary = "Figures of one leaf unit for a month; the ETag header is its version")
	ResponseEntity<FiguresJson> one(@PathVariable String code, @PathVariable YearMonth period,
			@AuthenticationPrincipal SignedInUser user) {
		UnitRef leaf = units.requireVisible(code, period, user);
		EntryRow row = leafRow(leaf, period);
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
		String etag = etag(row.version());
		if (etag != null) {
			ok.eTag(etag);
		}
		return ok.body(FiguresJson.of(row, period));
	}

	@PutMapping("/api/v1/units/{code}/figures/{period}")
	@Operation(summary = "Replace one leaf unit's figures for a month",
			description = "Send If-Match with the ETag you read, or If-None-Match: * for a month without figures. "
					+ "409: changed meanwhile (body: the saved figures); 423: month closed; 428: no precondition; "
					+ "422: figures to confirm (set confirmWarnings and a comment).")
	ResponseEntity<?> put(@PathVariable String code, @PathVariable YearMonth period, @RequestBody FiguresUpdate update,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestHeader(name = "If-None-Match", required = false) @Nullable String ifNoneMatch,
			@AuthenticationPrincipal SignedInUser user) {
		UnitRef leaf = units.requireVisible(code, period, user);
		boolean districtEntry = units.lineage(leaf).stream().anyMatch(UnitRef::districtEntryAllowed);
		if (!leaf.leaf() || !user.canEnterFigures(leaf.path(), districtEntry)) {
			throw new AccessDeniedException("No figure entry for " + code);
		}
		Long expected = expectedVersion(ifMatch, ifNoneMatch);
		if (expected == null) {
			return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED)
				.body(Map.of("message", "Send If-Match with the ETag, or If-None-Match: * for a new month"));
		}
		if (negative(update)) {
			return ResponseEntity.unprocessableContent().body(Map.of("message", "Counts cannot be negative"));
		}
		Values values = new Values(update.bhyt(), update.bhxhCompulsory(), update.bhxhVoluntary(), update.bhtn());
		SaveOutcome outcome = entry.saveRow(leaf, period, expected, values, Boolean.TRUE.equals(update.confirmWarnings()),
				update.comment(), user.getUsername());
		return switch (outcome.status()) {
			case SAVED -> {
				EntryRow row = leafRow(leaf, period);
				yield ResponseEntity.ok().eTag(etag(row.version())).body(FiguresJson.of(row, period));
			}
			case CONFLICT -> ResponseEntity.status(HttpStatus.CONFLICT).body(FiguresJson.of(leafRow(leaf, period), period));
			case NEEDS_CONFIRMATION -> ResponseEntity.unprocessableContent().body(Map.of("message",
					"Figures to confirm: set confirmWarnings and give a comment", "warnings", outcome.warnings()));
		};
	}

	@ExceptionHandler(MonthClosedException.class)
	ResponseEntity<Map<String, String>> closed(MonthClosedException ex) {
		return ResponseEntity.status(HttpStatus.LOCKED).body(Map.of("message", ex.getMessage()));
	}

	private EntryRow leafRow(UnitRef leaf, YearMonth period) {
		return entry.rows(leaf, period).stream()
			.filter(row -> row.unitId() == leaf.id())
			.findFirst()
			.orElseThrow(() -> new vn.baophu.unit.UnitNotFoundException(leaf.code()));
	}

	private static @Nullable Long expectedVersion(@Nullable String ifMatch, @Nullable String ifNoneMatch) {
		if (ifMatch != null && !ifMatch.isBlank()) {
			try {
				return Long.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim().replaceFirst("^v", ""));
			}
			catch (NumberFormatException ex) {
				return Long.MIN_VALUE;
			}
		}
		return "*".equals(ifNoneMatch == null ? null : ifNoneMatch.trim()) ? -1L : null;
	}

	private static @Nullable String etag(long version) {
		return version < 0 ? null : "\"v" + version + "\"";
	}

	private static boolean negative(FiguresUpdate update) {
		return (update.bhyt() != null && update.bhyt() < 0) || (update.bhxhCompulsory() != null && update.bhxhCompulsory() < 0)
				|| (update.bhxhVoluntary() != null && update.bhxhVoluntary() < 0)
				|| (update.bhtn() != null && update.bhtn() < 0);
	}
}
