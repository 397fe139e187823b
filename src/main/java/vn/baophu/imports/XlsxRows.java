package vn.baophu.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an .xlsx file as rows of text. Numbers are written exactly and without a
 * trailing ".0" (148806, 95.5); a cell formatted as a percentage holding 0.95 reads as 95; a date
 * cell reads as an ISO date (2023-06-01); a formula reads as its cached value.
 */
final class XlsxRows {

	private XlsxRows() {
	}

	static List<Table.RawRow> read(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			List<Table.RawRow> rows = new ArrayList<>();
			if (workbook.getNumberOfSheets() == 0) {
				return rows;
			}
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
					cells.add(text(row.getCell(i)));
				}
				rows.add(new Table.RawRow(row.getRowNum() + 1, cells));
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableFileException("import.error.xlsx");
		}
	}

	static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC -> number(cell);
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
	}

	private static String number(Cell cell) {
		if (DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		// Double.toString gives the shortest text that reads back as the same double: 0.2269, not 0.22690000000000001.
		BigDecimal value = new BigDecimal(Double.toString(cell.getNumericCellValue()));
		String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
		if (format != null && format.contains("%")) {
			value = value.movePointRight(2);
		}
		return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
	}
}
