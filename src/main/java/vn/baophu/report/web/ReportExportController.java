package vn.baophu.report.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.baophu.report.GapTableService;
import vn.baophu.report.export.ReportExports;
import vn.baophu.report.export.TableKind;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * Downloads of the report tables in the request's language ({@code ?lang=en} switches): the gap
 * tables of the page ({@code ?table=bhyt} for one of them, or {@code remaining}) and the monthly
 * report bundle, each as .xlsx and PDF.
 */
@Controller
@RequiredArgsConstructor
class ReportExportController {

	private final UnitService units;
	private final GapTableService gapTables;
	private final ReportExports exports;
	private final MessageSource messages;

	@GetMapping("/units/{code}/gap.xlsx")
	ResponseEntity<byte[]> gapWorkbook(@PathVariable String code, @RequestParam(required = false) @Nullable YearMonth period,
			@RequestParam(required = false) @Nullable String table, @AuthenticationPrincipal SignedInUser user,
			Locale locale) {
		UnitRef unit = units.requireVisible(code, period, user);
		return exports.gapWorkbook(unit, month(unit, period), tables(table, locale), locale).asDownload();
	}

	@GetMapping("/units/{code}/gap.pdf")
	ResponseEntity<byte[]> gapPdf(@PathVariable String code, @RequestParam(required = false) @Nullable YearMonth period,
			@RequestParam(required = false) @Nullable String table, @AuthenticationPrincipal SignedInUser user,
			Locale locale) {
		UnitRef unit = units.requireVisible(code, period, user);
		return exports.gapPdf(unit, month(unit, period), tables(table, locale), locale).asDownload();
	}

	@GetMapping("/units/{code}/report.xlsx")
	ResponseEntity<byte[]> reportWorkbook(@PathVariable String code,
			@RequestParam(required = false) @Nullable YearMonth period, @AuthenticationPrincipal SignedInUser user,
			Locale locale) {
		UnitRef unit = units.requireVisible(code, period, user);
		return exports.reportWorkbook(unit, month(unit, period), locale).asDownload();
	}

	@GetMapping("/units/{code}/report.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable String code, @RequestParam(required = false) @Nullable YearMonth period,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		UnitRef unit = units.requireVisible(code, period, user);
		return exports.reportPdf(unit, month(unit, period), locale).asDownload();
	}

	private YearMonth month(UnitRef unit, @Nullable YearMonth period) {
		return gapTables.period(unit, period);
	}

	private List<TableKind> tables(@Nullable String table, Locale locale) {
		if (table == null || table.isBlank()) {
			return TableKind.GAP_TABLES;
		}
		return TableKind.fromKey(table).map(List::of).orElseThrow(() -> new ResponseStatusException(
				HttpStatus.BAD_REQUEST, messages.getMessage("export.error.table", new Object[] { table }, locale)));
	}

}
