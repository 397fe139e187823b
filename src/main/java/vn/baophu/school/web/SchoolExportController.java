package vn.baophu.school.web;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.baophu.report.export.ExportTable;
import vn.baophu.report.export.ReportExports;
import vn.baophu.school.SchoolService;
import vn.baophu.school.SchoolTable;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** The appendix as .xlsx and PDF, in the layout of the other report exports. */
@Controller
@RequiredArgsConstructor
class SchoolExportController {

	private final UnitService units;
	private final SchoolService schools;
	private final ReportExports exports;
	private final MessageSource messages;

	@GetMapping("/units/{code}/schools.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable String code, @RequestParam(required = false) @Nullable String schoolYear,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		SchoolTable table = table(code, schoolYear, user);
		return exports.workbook(name(table), title(table, locale), List.of(sheet(table, locale)), locale).asDownload();
	}

	@GetMapping("/units/{code}/schools.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code, @RequestParam(required = false) @Nullable String schoolYear,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		SchoolTable table = table(code, schoolYear, user);
		return exports.pdf(name(table), title(table, locale), List.of(sheet(table, locale)), locale).asDownload();
	}

	private SchoolTable table(String code, @Nullable String schoolYear, SignedInUser user) {
		UnitRef unit = units.requireVisible(code, user);
		return schools.table(unit, SchoolYearParam.of(schoolYear, unit, schools));
	}

	private ExportTable sheet(SchoolTable table, Locale locale) {
		return SchoolSheet.of(table, messages, locale);
	}

	private String title(SchoolTable table, Locale locale) {
		return messages.getMessage("school.title", new Object[] { table.unit().name(), table.schoolYear() }, locale);
	}

	/** An ASCII file name: {@code bhyt-hoc-sinh-844-2022-2023}. */
	private static String name(SchoolTable table) {
		return "bhyt-hoc-sinh-" + table.unit().code().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + table.schoolYear();
	}

}
