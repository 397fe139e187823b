package vn.baophu.report.export;

import org.springframework.modulith.NamedInterface;
import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.baophu.report.GapTable;
import vn.baophu.report.GapTableService;
import vn.baophu.unit.UnitRef;

/**
 * The report files of a unit and month: the gap tables (all three, or one), and the monthly report
 * bundle (a summary, the three gap tables and the people still to enrol by unit), as .xlsx or PDF,
 * in the reader's language. The numbers come only from {@link GapTableService#gapTable}, so a file
 * always equals the page and the API.
 */
@Service
@RequiredArgsConstructor
@NamedInterface("exports")
public class ReportExports {

	/** The template the tables are rendered with for PDF. */
	static final String TABLES_TEMPLATE = "report/export/tables";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	private static final String PDF = "application/pdf";

	private final GapTableService gapTables;
	private final ReportSources sources;
	private final MessageSource messages;
	private final PdfRenderer pdf;

	/** The given gap tables (of {@link TableKind}), one sheet each. */
	public ExportFile gapWorkbook(UnitRef unit, YearMonth period, List<TableKind> kinds, Locale locale) {
		Tables tables = gapTables(unit, period, kinds, locale);
		return new ExportFile(filename(tables.formats, "export.file.gap", unit, period, kinds) + ".xlsx", XLSX,
				new XlsxWriter(tables.formats).write(tables.title, tables.list));
	}

	/** The given gap tables, each from a new page. */
	public ExportFile gapPdf(UnitRef unit, YearMonth period, List<TableKind> kinds, Locale locale) {
		Tables tables = gapTables(unit, period, kinds, locale);
		return new ExportFile(filename(tables.formats, "export.file.gap", unit, period, kinds) + ".pdf", PDF,
				renderPdf(tables));
	}

	/** The monthly report: the summary sheet, then one sheet per table. */
	public ExportFile reportWorkbook(UnitRef unit, YearMonth period, Locale locale) {
		Tables tables = report(unit, period, locale);
		return new ExportFile(filename(tables.formats, "export.file.report", unit, period, List.of()) + ".xlsx", XLSX,
				new XlsxWriter(tables.formats).write(tables.title, tables.list));
	}

	/** The monthly report as one PDF: the summary page, then each table from a new page. */
	public ExportFile reportPdf(UnitRef unit, YearMonth period, Locale locale) {
		Tables tables = report(unit, period, locale);
		return new ExportFile(filename(tables.formats, "export.file.report", unit, period, List.of()) + ".pdf", PDF,
				renderPdf(tables));
	}

	/** Tables another module lays out (the schools' appendix) as one workbook in the same layout. */
	public ExportFile workbook(String baseName, String documentTitle, List<ExportTable> tables, Locale locale) {
		ExportFormats formats = new ExportFormats(messages, locale);
		return new ExportFile(baseName + ".xlsx", XLSX, new XlsxWriter(formats).write(documentTitle, tables));
	}

	/** As {@link #workbook} as one PDF, each table from a new page. */
	public ExportFile pdf(String baseName, String documentTitle, List<ExportTable> tables, Locale locale) {
		return new ExportFile(baseName + ".pdf", PDF,
				renderPdf(new Tables(new ExportFormats(messages, locale), documentTitle, tables)));
	}

	private Tables gapTables(UnitRef unit, YearMonth period, List<TableKind> kinds, Locale locale) {
		ExportFormats formats = new ExportFormats(messages, locale);
		GapTable table = gapTables.gapTable(unit, period);
		GapSheets sheets = new GapSheets(table, formats, sourceNotes(formats, table));
		List<ExportTable> list = kinds.stream().map(sheets::table).toList();
		return new Tables(formats, formats.message("gap.title", unit.name(), formats.month(period)), list);
	}

	private Tables report(UnitRef unit, YearMonth period, Locale locale) {
		ExportFormats formats = new ExportFormats(messages, locale);
		GapTable table = gapTables.gapTable(unit, period);
		List<String> notes = sourceNotes(formats, table);
		GapSheets sheets = new GapSheets(table, formats, notes);
		List<ExportTable> list = new ArrayList<>();
		List<String> contents = new ArrayList<>();
		for (TableKind kind : TableKind.values()) {
			ExportTable sheet = sheets.table(kind);
			list.add(sheet);
			contents.add(sheet.title());
		}
		list.add(0, new SummarySheet(table, formats).build(sheets.subtitle(), notes, contents));
		return new Tables(formats, formats.message("export.document.report", unit.name(), formats.month(period)),
				list);
	}

	private List<String> sourceNotes(ExportFormats formats, GapTable table) {
		return SourceNotes.of(formats, sources.of(table.unit(), table.period().getYear()), table);
	}

	private byte[] renderPdf(Tables tables) {
		return pdf.render(TABLES_TEMPLATE,
				Map.of("documentTitle", tables.title, "tables", tables.list, "fmt", tables.formats),
				tables.formats.locale());
	}

	/** An ASCII file name: {@code bang-tien-do-844-2023-06}, {@code bang-tien-do-bhyt-844-2023-06}. */
	private static String filename(ExportFormats formats, String prefixKey, UnitRef unit, YearMonth period,
			List<TableKind> kinds) {
		String tables = kinds.size() == 1 ? "-" + kinds.get(0).key() : "";
		String code = unit.code().replaceAll("[^A-Za-z0-9_-]", "_");
		return formats.message(prefixKey) + tables + "-" + code + "-" + period;
	}

	private record Tables(ExportFormats formats, String title, List<ExportTable> list) {
	}

	/** A file to send: its name (ASCII), content type and bytes. */
	public record ExportFile(String filename, String contentType, byte[] content) {

		/** The file as a download: its type, an attachment with its name, never cached. */
		public org.springframework.http.ResponseEntity<byte[]> asDownload() {
			return org.springframework.http.ResponseEntity.ok()
				.contentType(org.springframework.http.MediaType.parseMediaType(contentType))
				.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
						org.springframework.http.ContentDisposition.attachment().filename(filename).build().toString())
				.cacheControl(org.springframework.http.CacheControl.noStore())
				.body(content);
		}
	}
}
