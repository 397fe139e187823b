package vn.baophu.report.export;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The gap tables of Càng Long, June 2023, as .xlsx, read back with POI: real numbers with the
 * display formats, the merged two-row header, the numbering row, the total row, the frozen header and
 * the print setup.
 */
@BaophuTest
class GapWorkbookTests {

	static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true));

	/** Rows: title, subtitle, blank, two header rows, the numbering row, then the communes. */
	static final int HEADER = 3;
	static final int FIRST_ROW = HEADER + 3;
	static final int TOTAL = FIRST_ROW + 14;

	@Autowired
	MockMvc mvc;

	@Test
	void downloadsTheThreeGapTablesAsAWorkbookNamedAfterUnitAndMonth() throws Exception {
		MockHttpServletResponse response = download("/units/844/gap.xlsx?period=2023-06");
		assertThat(response.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"bang-tien-do-844-2023-06.xlsx\"");
		try (XSSFWorkbook workbook = workbook(response)) {
			assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
				.containsExactly("BHYT", "BHXH", "BHTN");
		}
	}

	@Test
	void bhytCellsAreNumbersWithVietnameseDisplayFormats() throws Exception {
		try (XSSFWorkbook workbook = workbook(download("/units/844/gap.xlsx?period=2023-06"))) {
			Sheet bhyt = workbook.getSheet("BHYT");
			assertThat(text(bhyt, 0, 0)).isEqualTo("Kết quả phát triển người tham gia bảo hiểm y tế (BHYT)");
			assertThat(text(bhyt, 1, 0)).isEqualTo("Đơn vị: Huyện Càng Long — tính đến ngày 30/06/2023");

			Row town = bhyt.getRow(FIRST_ROW);
			assertThat(town.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(town.getCell(1).getStringCellValue()).isEqualTo("Thị trấn Càng Long");
			assertNumber(town.getCell(2), 13737, "#,##0;(#,##0)");
			assertNumber(town.getCell(3), 12787, "#,##0;(#,##0)");
			assertThat(town.getCell(4).getNumericCellValue()).isCloseTo(0.9308, within(1e-9));
			assertThat(town.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
			assertThat(town.getCell(5).getNumericCellValue()).isCloseTo(0.95, within(1e-9));
			assertThat(town.getCell(6).getNumericCellValue()).isCloseTo(0.9798, within(1e-9));
			assertThat(town.getCell(7).getNumericCellValue()).isCloseTo(1.53, within(1e-9));
			assertThat(town.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("+0.00;-0.00;0.00");
			assertNumber(town.getCell(8), 263, "#,##0;(#,##0)");

			Row anTruongA = bhyt.getRow(FIRST_ROW + 2);
			assertThat(anTruongA.getCell(1).getStringCellValue()).isEqualTo("Xã An Trường A");
			assertThat(anTruongA.getCell(6).getNumericCellValue()).isCloseTo(1.0103, within(1e-9));
			// a target exceeded: a negative number, shown in parentheses by the format
			assertNumber(anTruongA.getCell(8), -75, "#,##0;(#,##0)");
		}
	}

	@Test
	void theTotalRowHoldsTheDistrictSumsAndIsFollowedByWhatTheLaggingCommunesOwe() throws Exception {
		try (XSSFWorkbook workbook = workbook(download("/units/844/gap.xlsx?period=2023-06"))) {
			Sheet bhyt = workbook.getSheet("BHYT");
			Row total = bhyt.getRow(TOTAL);
			assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
			assertNumber(total.getCell(2), 148806, "#,##0;(#,##0)");
			assertNumber(total.getCell(3), 132600, "#,##0;(#,##0)");
			assertThat(total.getCell(4).getNumericCellValue()).isCloseTo(0.8911, within(1e-9));
			assertThat(total.getCell(6).getNumericCellValue()).isCloseTo(0.9380, within(1e-9));
			assertNumber(total.getCell(8), 8766, "#,##0;(#,##0)");
			assertThat(workbook.getFontAt(total.getCell(8).getCellStyle().getFontIndex()).getBold()).isTrue();

			Row lagging = bhyt.getRow(TOTAL + 1);
			assertThat(lagging.getCell(1).getStringCellValue()).isEqualTo("Cộng các đơn vị chưa đạt");
			assertNumber(lagging.getCell(8), 9028, "#,##0;(#,##0)");
			assertThat(lagging.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void theHeaderHasTwoRowsOfMergedCellsAndTheNumberingRow() throws Exception {
		try (XSSFWorkbook workbook = workbook(download("/units/844/gap.xlsx?period=2023-06"))) {
			Sheet bhyt = workbook.getSheet("BHYT");
			List<CellRangeAddress> merged = bhyt.getMergedRegions();
			// STT and the unit over both header rows, "BHYT participation" over columns 2 and 3
			assertThat(merged).contains(new CellRangeAddress(HEADER, HEADER + 1, 0, 0),
					new CellRangeAddress(HEADER, HEADER + 1, 1, 1), new CellRangeAddress(HEADER, HEADER, 3, 4));
			assertThat(text(bhyt, HEADER, 0)).isEqualTo("STT");
			assertThat(text(bhyt, HEADER, 3)).isEqualTo("Tham gia BHYT");
			assertThat(text(bhyt, HEADER + 1, 3)).isEqualTo("Số người");
			assertThat(text(bhyt, HEADER + 1, 4)).isEqualTo("Tỷ lệ bao phủ");
			assertThat(rowTexts(bhyt.getRow(HEADER + 2))).containsExactly("A", "B", "1", "2", "3=2/1", "4", "5=3/4",
					"6", "7");

			Sheet bhxh = workbook.getSheet("BHXH");
			assertThat(bhxh.getMergedRegions()).contains(new CellRangeAddress(HEADER, HEADER, 3, 5),
					new CellRangeAddress(HEADER, HEADER, 12, 13));
			assertThat(text(bhxh, HEADER, 3)).isEqualTo("Số người tham gia BHXH");
			assertThat(text(bhxh, HEADER, 12)).isEqualTo("Số người còn phải vận động");
			assertThat(rowTexts(bhxh.getRow(HEADER + 2))).containsExactly("A", "B", "1", "2", "3", "4=2+3", "5=4/1",
					"6=3/1", "7", "8", "9=5/7", "10=6/8", "11", "12");
			Row town = bhxh.getRow(FIRST_ROW);
			assertThat(IntStream.rangeClosed(2, 5).mapToDouble(c -> town.getCell(c).getNumericCellValue()))
				.containsExactly(7006.0, 1157.0, 407.0, 1564.0);
			assertThat(town.getCell(6).getNumericCellValue()).isCloseTo(0.2232, within(1e-9));
			assertThat(town.getCell(8).getNumericCellValue()).isCloseTo(0.2607, within(1e-9));
			assertThat(town.getCell(12).getNumericCellValue()).isEqualTo(200);
			assertThat(town.getCell(13).getNumericCellValue()).isEqualTo(62);
		}
	}

	@Test
	void theHeaderIsFrozenAndTheSheetPrintsOnA4LandscapeFittedToWidthWithRepeatedHeaderRows() throws Exception {
		try (XSSFWorkbook workbook = workbook(download("/units/844/gap.xlsx?period=2023-06"))) {
			for (Sheet sheet : workbook) {
				PaneInformation pane = sheet.getPaneInformation();
				assertThat(pane.isFreezePane()).as(sheet.getSheetName()).isTrue();
				assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) FIRST_ROW);
				assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 2);

				PrintSetup print = sheet.getPrintSetup();
				assertThat(print.getLandscape()).isTrue();
				assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
				assertThat(sheet.getFitToPage()).isTrue();
				assertThat(print.getFitWidth()).isEqualTo((short) 1);
				assertThat(print.getFitHeight()).isEqualTo((short) 0);
				assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("4:6"));
				// the unit names fit their column
				assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo("Thị trấn Càng Long".length() * 256);
			}
		}
	}

	@Test
	void theFootnoteNamesTheDecisionOfTheTargetsAndSaysTheDenominatorsHaveNoSource() throws Exception {
		try (XSSFWorkbook workbook = workbook(download("/units/844/gap.xlsx?period=2023-06"))) {
			List<String> notes = columnA(workbook.getSheet("BHYT"), TOTAL + 2);
			assertThat(notes).contains("Nguồn số liệu:", "- Chỉ tiêu giao năm 2023: Kế hoạch 295/KH-BCĐ ngày 31/7/2023.",
					"- Dân số, lực lượng lao động năm 2023: không ghi nguồn (14 đơn vị).");
			assertThat(notes).anyMatch(note -> note.startsWith("- Số người tham gia tính đến ngày 30/06/2023")
					&& note.contains("BHYT 14/14"));
		}
	}

	@Test
	void oneTableCanBeAskedFor() throws Exception {
		MockHttpServletResponse response = download("/units/844/gap.xlsx?period=2023-06&table=remaining");
		assertThat(response.getHeader("Content-Disposition")).contains("bang-tien-do-remaining-844-2023-06.xlsx");
		try (XSSFWorkbook workbook = workbook(response)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			assertThat(workbook.getSheetName(0)).isEqualTo("Còn phải vận động");
		}
	}

	@Test
	void aMissingMonthIsSaidNotComputed() throws Exception {
		// May 2023 has BHYT figures only
		try (XSSFWorkbook workbook = workbook(download("/units/844/gap.xlsx?period=2023-05"))) {
			XSSFSheet bhxh = workbook.getSheet("BHXH");
			Row town = bhxh.getRow(FIRST_ROW);
			assertThat(town.getCell(2).getNumericCellValue()).isEqualTo(7006);
			assertThat(town.getCell(3).getStringCellValue()).isEqualTo("chưa có số liệu");
			assertThat(town.getCell(6).getStringCellValue()).isEqualTo("—");
			Row total = bhxh.getRow(TOTAL);
			assertThat(total.getCell(3).getStringCellValue()).isEqualTo("thiếu số liệu (0/14 đơn vị)");
		}
	}

	MockHttpServletResponse download(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).with(ADMIN)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response;
	}

	static XSSFWorkbook workbook(MockHttpServletResponse response) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	static void assertNumber(Cell cell, double value, String format) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).isEqualTo(value);
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
	}

	static String text(Sheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getStringCellValue();
	}

	static List<String> rowTexts(Row row) {
		return IntStream.range(0, row.getLastCellNum()).mapToObj(c -> row.getCell(c).getStringCellValue()).toList();
	}

	static List<String> columnA(Sheet sheet, int fromRow) {
		return IntStream.rangeClosed(fromRow, sheet.getLastRowNum())
			.mapToObj(sheet::getRow)
			.filter(row -> row != null && row.getCell(0) != null)
			.map(row -> row.getCell(0).getStringCellValue())
			.toList();
	}
}
