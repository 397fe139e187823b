package vn.baophu.report.export;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import vn.baophu.report.export.ExportTable.Cell;
import vn.baophu.report.export.ExportTable.Row;

/**
 * The cell styles of a report workbook, made once per workbook (Excel allows a few thousand). Number
 * formats are Excel's own codes, which Excel shows with the separators of the reader's locale: a
 * Vietnamese Excel shows {@code 148.806}, {@code 93,08%} and {@code (75)}.
 */
final class XlsxStyles {

	/** People; a negative gap (target exceeded) in parentheses. */
	static final String COUNT = "#,##0;(#,##0)";
	/** A change in people, always signed. */
	static final String CHANGE = "+#,##0;-#,##0;0";
	/** A rate stored as a fraction (0.9308 shows as 93.08%). */
	static final String PERCENT = "0.00%";
	/** A derived target, marked as on the page. */
	static final String DERIVED_PERCENT = "0.00%\"*\"";
	/** Percentage points, always signed. */
	static final String POINTS = "+0.00;-0.00;0.00";

	static final String FONT = "Times New Roman";

	private final Workbook workbook;
	private final Map<String, CellStyle> styles = new HashMap<>();
	private final Map<String, Font> fonts = new HashMap<>();

	XlsxStyles(Workbook workbook) {
		this.workbook = workbook;
	}

	CellStyle title() {
		return styles.computeIfAbsent("title", key -> {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font(true, false, 13));
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setWrapText(true);
			return style;
		});
	}

	CellStyle subtitle() {
		return styles.computeIfAbsent("subtitle", key -> {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font(false, true, 11));
			style.setAlignment(HorizontalAlignment.CENTER);
			return style;
		});
	}

	CellStyle note() {
		return styles.computeIfAbsent("note", key -> {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font(false, true, 10));
			style.setWrapText(true);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			return style;
		});
	}

	CellStyle header(boolean numbering) {
		return styles.computeIfAbsent("header" + numbering, key -> {
			CellStyle style = bordered();
			style.setFont(font(!numbering, numbering, numbering ? 10 : 11));
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setWrapText(true);
			if (!numbering) {
				style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			return style;
		});
	}

	/** The style of a data cell: by what it holds (a number format, or text), and the row it is in. */
	CellStyle cell(Cell cell, Row.Style row) {
		String format = cell.numeric() ? format(cell) : null;
		boolean name = cell.kind() == Cell.Kind.TEXT;
		String key = "cell:" + format + ':' + name + ':' + row;
		return styles.computeIfAbsent(key, k -> {
			CellStyle style = bordered();
			style.setFont(font(row == Row.Style.TOTAL, row == Row.Style.EXTRA || row == Row.Style.DETAIL, 11));
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			if (format != null) {
				style.setDataFormat(workbook.createDataFormat().getFormat(format));
				style.setAlignment(cell.kind() == Cell.Kind.ORDINAL ? HorizontalAlignment.CENTER
						: HorizontalAlignment.RIGHT);
			}
			else {
				// a unit's name on the left; a missing value's dash or note centred in its column
				style.setAlignment(name ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
			}
			if (row == Row.Style.TOTAL) {
				style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			return style;
		});
	}

	private static String format(Cell cell) {
		return switch (cell.kind()) {
			case ORDINAL -> "0";
			case COUNT -> COUNT;
			case CHANGE -> CHANGE;
			case PERCENT -> cell.derived() ? DERIVED_PERCENT : PERCENT;
			case POINTS -> POINTS;
			case TEXT, BLANK -> "@";
		};
	}

	private CellStyle bordered() {
		CellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

	private Font font(boolean bold, boolean italic, int points) {
		return fonts.computeIfAbsent(bold + ":" + italic + ":" + points, key -> {
			Font font = workbook.createFont();
			font.setFontName(FONT);
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			font.setItalic(italic);
			return font;
		});
	}
}
