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
import vn.baophu.report.export.ReportExports.ExportFile;
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

	/** {@code gap.xlsx}, {@code gap.pdf} (with {@code table}), {@code report.xlsx}, {@code report.pdf}. */
	@GetMapping("/units/{code}/{document:gap|report}.{format:xlsx|pdf}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable String document,
			@PathVariable String format, @RequestParam(required = false) @Nullable YearMonth period,
			@RequestParam(required = false) @Nullable String table, @AuthenticationPrincipal SignedInUser user,
			Locale locale) {
		UnitRef unit = units.requireVisible(code, period, user);
		YearMonth month = month(unit, period);
		boolean workbook = format.equals("xlsx");
		ExportFile file = document.equals("gap")
				? (workbook ? exports.gapWorkbook(unit, month, tables(table, locale), locale)
						: exports.gapPdf(unit, month, tables(table, locale), locale))
				: (workbook ? exports.reportWorkbook(unit, month, locale) : exports.reportPdf(unit, month, locale));
		return file.asDownload();
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
