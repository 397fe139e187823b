package vn.baophu.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test files: CSV from lines, .xlsx built with POI from typed cells. */
public final class ImportFiles {

	/** A test province of our own, so tests never touch the Càng Long demo data. */
	public static final String TEST_UNITS = """
			code,name,type,parent_code
			T99,Tỉnh Thử,tỉnh,
			T99D,Huyện Thử,huyện,T99
			T99A,Xã Thử A,xã,T99D
			T99B,Phường Thử B,phường,T99D
			""";

	/** A cell formatted as a percentage: 0.95 shows as 95,00%. */
	public record Percent(double value) {
	}

	/** A formula cell; its cached value is computed before the file is written. */
	public record Formula(String formula) {
	}

	private ImportFiles() {
	}

	public static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** One row per array; String, Number, LocalDate, Percent, Formula or null (no cell). */
	public static byte[] xlsx(Object[]... rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Dữ liệu");
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("mm/yyyy"));
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof String text) {
						cell.setCellValue(text);
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value instanceof LocalDate day) {
						cell.setCellValue(day);
						cell.setCellStyle(date);
					}
					else if (value instanceof Percent share) {
						cell.setCellValue(share.value());
						cell.setCellStyle(percent);
					}
					else if (value instanceof Formula formula) {
						cell.setCellFormula(formula.formula());
					}
				}
			}
			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
