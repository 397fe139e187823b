package vn.baophu.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.baophu.report.export.ExportTable.Cell;
import vn.baophu.report.export.ExportTable.Column;
import vn.baophu.report.export.ExportTable.HeaderGroup;
import vn.baophu.report.export.ExportTable.Row;
import vn.baophu.shared.VietnameseNumbers;

import static vn.baophu.report.export.XlsxLayout.lines;
import static vn.baophu.report.export.XlsxLayout.width;

/**
 * Writes report tables as an .xlsx workbook, one sheet per table, in the published layout: title and
 * subtitle, the two-row header with merged cells and the numbering row (repeated on every printed
 * page and frozen on screen), the rows as real numbers with display formats, the total row, the
 * footnotes; A4 landscape, fitted to the page width.
 * <p>
 * Rates are written as fractions rounded to two decimals of a percent (93,08 % is 0.9308, format
 * {@code 0.00%}), so the cell shows exactly what the page and the PDF show. A value that cannot be
 * given is a text cell: "—", or "chưa có số liệu" for a participant count that was not reported.
 */
final class XlsxWriter {

	private static final float LINE_HEIGHT = 15f;

	private final ExportFormats formats;

	XlsxWriter(ExportFormats formats) {
		this.formats = formats;
	}

	byte[] write(String documentTitle, List<ExportTable> tables) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XlsxStyles styles = new XlsxStyles(workbook);
			for (ExportTable table : tables) {
				sheet(workbook, styles, table);
			}
			workbook.getProperties().getCoreProperties().setTitle(documentTitle);
			workbook.getProperties().getCoreProperties().setCreator("baophu");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void sheet(XSSFWorkbook workbook, XlsxStyles styles, ExportTable table) {
		XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheetName()));
		int lastColumn = table.columns().size() - 1;
		int[] widths = XlsxLayout.widths(table, formats);
		for (int c = 0; c <= lastColumn; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		int r = 0;
		wide(sheet, r++, lastColumn, table.title(), styles.title(), widths);
		wide(sheet, r++, lastColumn, table.subtitle(), styles.subtitle(), widths);
		for (String line : table.intro()) {
			wide(sheet, r++, lastColumn, line, styles.note(), widths);
		}
		r++;
		int headerRow = r;
		header(sheet, styles, table, headerRow, widths);
		r = headerRow + 3;
		for (Row row : table.rows()) {
			row(sheet, styles, r++, row);
		}
		if (table.total() != null) {
			row(sheet, styles, r++, table.total());
		}
		if (table.extra() != null) {
			row(sheet, styles, r++, table.extra());
		}
		int lastTableRow = r - 1;
		r++;
		for (String note : table.notes()) {
			wide(sheet, r++, lastColumn, note, styles.note(), widths);
		}
		sheet.createFreezePane(2, headerRow + 3);
		printSetup(workbook, sheet, headerRow, lastColumn, Math.max(lastTableRow, r - 1));
		footer(sheet);
	}

	/** Two header rows (a group over its columns, or a lone column over both rows) and the numbering row. */
	private void header(XSSFSheet sheet, XlsxStyles styles, ExportTable table, int first, int[] widths) {
		XSSFRow groups = sheet.createRow(first);
		XSSFRow labels = sheet.createRow(first + 1);
		XSSFRow numbering = sheet.createRow(first + 2);
		List<Column> columns = table.columns();
		for (int c = 0; c < columns.size(); c++) {
			groups.createCell(c).setCellStyle(styles.header(false));
			XSSFCell label = labels.createCell(c);
			label.setCellStyle(styles.header(false));
			label.setCellValue(columns.get(c).label());
			XSSFCell number = numbering.createCell(c);
			number.setCellStyle(styles.header(true));
			number.setCellValue(columns.get(c).numbering());
		}
		int groupLines = 1;
		int labelLines = 1;
		for (HeaderGroup group : table.headerGroups()) {
			groups.getCell(group.first()).setCellValue(group.label());
			if (group.grouped()) {
				if (group.span() > 1) {
					sheet.addMergedRegion(new CellRangeAddress(first, first, group.first(), group.last()));
				}
				groupLines = Math.max(groupLines, lines(group.label(), width(widths, group.first(), group.last())));
				for (int c = group.first(); c <= group.last(); c++) {
					labelLines = Math.max(labelLines, lines(columns.get(c).label(), widths[c]));
				}
			}
			else {
				labels.getCell(group.first()).setBlank();
				sheet.addMergedRegion(new CellRangeAddress(first, first + 1, group.first(), group.first()));
				int needed = lines(group.label(), widths[group.first()]);
				labelLines = Math.max(labelLines, needed - groupLines);
			}
		}
		groups.setHeightInPoints(groupLines * LINE_HEIGHT);
		labels.setHeightInPoints(labelLines * LINE_HEIGHT);
	}

	private void row(XSSFSheet sheet, XlsxStyles styles, int index, Row row) {
		XSSFRow cells = sheet.createRow(index);
		for (int c = 0; c < row.cells().size(); c++) {
			Cell cell = row.cells().get(c);
			XSSFCell target = cells.createCell(c);
			target.setCellStyle(styles.cell(cell, row.style()));
			BigDecimal value = cell.value();
			if (cell.numeric() && value != null) {
				target.setCellValue(number(cell.kind(), value));
			}
			else if (!cell.text().isEmpty()) {
				target.setCellValue(cell.text());
			}
		}
	}

	/** The number a cell holds: rates as fractions rounded as displayed, points rounded as displayed. */
	private static double number(Cell.Kind kind, BigDecimal value) {
		return switch (kind) {
			case PERCENT -> VietnameseNumbers.round2(value).movePointLeft(2).doubleValue();
			case POINTS -> VietnameseNumbers.round2(value).doubleValue();
			default -> value.doubleValue();
		};
	}

	/** A line of text across the table's width (title, subtitle, note), tall enough for its wrapped lines. */
	private static void wide(XSSFSheet sheet, int index, int lastColumn, String text, CellStyle style, int[] widths) {
		XSSFRow row = sheet.createRow(index);
		XSSFCell cell = row.createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(style);
		if (lastColumn > 0) {
			sheet.addMergedRegion(new CellRangeAddress(index, index, 0, lastColumn));
		}
		float points = sheet.getWorkbook().getFontAt(style.getFontIndex()).getFontHeightInPoints();
		row.setHeightInPoints(lines(text, width(widths, 0, lastColumn)) * (points + 5f));
	}

	private static void printSetup(XSSFWorkbook workbook, XSSFSheet sheet, int headerRow, int lastColumn, int lastRow) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setHorizontallyCenter(true);
		sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow + 2, -1, -1));
		workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
	}

	private void footer(XSSFSheet sheet) {
		// &P and &N: Excel's codes for the page number and the page count
		sheet.getFooter().setRight(formats.message("export.page") + " &P/&N");
	}
}
