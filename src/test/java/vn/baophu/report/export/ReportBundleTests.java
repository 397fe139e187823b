package vn.baophu.report.export;

import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.baophu.support.BaophuTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.baophu.report.export.GapWorkbookTests.FIRST_ROW;
import static vn.baophu.report.export.GapWorkbookTests.HEADER;
import static vn.baophu.report.export.GapWorkbookTests.TOTAL;
import static vn.baophu.report.export.GapWorkbookTests.assertNumber;
import static vn.baophu.report.export.GapWorkbookTests.rowTexts;
import static vn.baophu.report.export.GapWorkbookTests.text;
import static vn.baophu.report.export.GapWorkbookTests.workbook;

/** The monthly report of Càng Long for June 2023: a summary, the three gap tables and the people still to enrol. */
@BaophuTest
class ReportBundleTests {

	private static final String COUNT = "#,##0;(#,##0)";

	@Autowired
	MockMvc mvc;

	@Test
	void theWorkbookHasTheSummaryThenOneSheetPerTable() throws Exception {
		MockHttpServletResponse response = download("/units/844/report.xlsx?period=2023-06");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"bao-cao-thang-844-2023-06.xlsx\"");
		try (XSSFWorkbook workbook = workbook(response)) {
			assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
				.containsExactly("Tổng hợp", "BHYT", "BHXH", "BHTN", "Còn phải vận động");
			assertThat(workbook.getProperties().getCoreProperties().getTitle())
				.isEqualTo("Báo cáo tháng 06/2023 — Huyện Càng Long");
		}
	}

	@Test
	void theSummaryGivesTheDistrictPerSchemeWithWhatItsLaggingCommunesOwe() throws Exception {
		try (XSSFWorkbook workbook = workbook(download("/units/844/report.xlsx?period=2023-06"))) {
			Sheet summary = workbook.getSheet("Tổng hợp");
			// title, subtitle, the list of tables, a blank row, then the header
			int header = HEADER + 1;
			assertThat(text(summary, 1, 0)).isEqualTo("Đơn vị: Huyện Càng Long — tính đến ngày 30/06/2023");
			assertThat(summary.getMergedRegions()).contains(new CellRangeAddress(header, header, 7, 8),
					new CellRangeAddress(header, header, 9, 10));
			assertThat(rowTexts(summary.getRow(header + 2))).containsExactly("A", "B", "1", "2", "3=2/1", "4",
					"5=3/4", "6", "7", "8", "9");
			Row bhyt = summary.getRow(header + 3);
			assertThat(bhyt.getCell(1).getStringCellValue()).isEqualTo("Bảo hiểm y tế (BHYT)");
			assertNumber(bhyt.getCell(2), 148806, COUNT);
			assertNumber(bhyt.getCell(3), 132600, COUNT);
			assertThat(bhyt.getCell(4).getNumericCellValue()).isCloseTo(0.8911, within(1e-9));
			assertThat(bhyt.getCell(6).getNumericCellValue()).isCloseTo(0.9380, within(1e-9));
			assertNumber(bhyt.getCell(9), 8766, COUNT);
			assertNumber(bhyt.getCell(10), 9028, COUNT);
			Row compulsory = summary.getRow(header + 5);
			assertThat(compulsory.getCell(1).getStringCellValue()).isEqualTo("Trong đó: BHXH bắt buộc");
			assertNumber(compulsory.getCell(3), 10841, COUNT);
			assertNumber(compulsory.getCell(9), 1696, COUNT);
			assertNumber(compulsory.getCell(10), 1722, COUNT);
			assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 3));
		}
	}

	@Test
	void thePeopleStillToEnrolAreGivenPerCommuneAndScheme() throws Exception {
		try (XSSFWorkbook workbook = workbook(download("/units/844/report.xlsx?period=2023-06"))) {
			Sheet remaining = workbook.getSheet("Còn phải vận động");
			assertThat(text(remaining, HEADER, 2)).isEqualTo("Số người còn phải vận động");
			assertThat(remaining.getMergedRegions()).contains(new CellRangeAddress(HEADER, HEADER, 2, 5));
			assertThat(rowTexts(remaining.getRow(HEADER + 1)).subList(2, 6)).containsExactly("BHXH bắt buộc",
					"BHXH tự nguyện", "BHTN", "BHYT");
			assertThat(values(remaining.getRow(FIRST_ROW))).containsExactly(200.0, 62.0, 175.0, 263.0);
			assertThat(values(remaining.getRow(FIRST_ROW + 2))).containsExactly(117.0, 80.0, 82.0, -75.0);
			assertThat(remaining.getRow(TOTAL).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
			assertThat(values(remaining.getRow(TOTAL))).containsExactly(1696.0, 1185.0, 1323.0, 8766.0);
			assertThat(values(remaining.getRow(TOTAL + 1))).containsExactly(1722.0, 1186.0, 1385.0, 9028.0);
			assertThat(remaining.getRow(TOTAL).getCell(5).getCellStyle().getDataFormatString()).isEqualTo(COUNT);
		}
	}

	@Test
	void thePdfHasTheSummaryPageThenEachTableFromANewPage() throws Exception {
		MockHttpServletResponse response = download("/units/844/report.pdf?period=2023-06");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"bao-cao-thang-844-2023-06.pdf\"");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(5);
		}
		String text = GapPdfTests.text(response);
		assertThat(text).contains("Tổng hợp kết quả thực hiện chỉ tiêu phát triển người tham gia BHXH, BHYT, BHTN",
				"1 Bảo hiểm y tế (BHYT) 148.806 132.600 89,11% 95,00% 93,80% +0,64 — 8.766 9.028",
				"Trong đó: BHXH bắt buộc 10.841 1.696 1.722",
				"Số người còn phải vận động tham gia BHXH, BHTN, BHYT theo đơn vị",
				"3 Xã An Trường A 117 80 82 (75)", "Tổng cộng 1.696 1.185 1.323 8.766",
				"Trang 5/5");
	}

	@Test
	void withoutAMonthTheNewestWithFiguresIsTaken() throws Exception {
		assertThat(download("/units/844/report.xlsx").getHeader("Content-Disposition"))
			.contains("bao-cao-thang-844-2023-06.xlsx");
	}

	MockHttpServletResponse download(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).with(GapWorkbookTests.ADMIN)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response;
	}

	private static List<Double> values(Row row) {
		return IntStream.rangeClosed(2, 5).mapToObj(c -> row.getCell(c).getNumericCellValue()).toList();
	}
}
