package vn.baophu.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.baophu.support.BaophuTest;

/** The appendix's .xlsx and PDF read back (POI, PDFBox): the published numbers, row by row, and the total. */
@BaophuTest
class SchoolExportTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theWorkbookHasEveryPublishedRowAsNumbers() throws Exception {
		List<SchoolAppendixTests.Published> published = SchoolAppendixTests.published();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
				download("/units/844/schools.xlsx?schoolYear=2022-2023").getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			int first = firstBodyRow(sheet);
			for (int i = 0; i < published.size(); i++) {
				SchoolAppendixTests.Published expected = published.get(i);
				Row row = sheet.getRow(first + i);
				assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
				assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.school());
				assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(expected.students());
				assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(expected.insured());
				assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(expected.otherGroup());
				assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(expected.atSchool());
				Cell remaining = row.getCell(6);
				if (expected.remaining() == 0) {
					assertThat(remaining.getStringCellValue()).isEqualTo("-");
				}
				else {
					assertThat(remaining.getNumericCellValue()).isEqualTo(expected.remaining());
				}
				// A rate is stored as a fraction with a percent format (1 = 100 %).
				assertThat(percent(row.getCell(7))).as(expected.school()).isEqualByComparingTo(expected.rate());
			}
			Row total = sheet.getRow(first + published.size());
			assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(26564);
			assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(26417);
			assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(147);
			assertThat(percent(total.getCell(7))).isEqualByComparingTo("99.45");
		}
	}

	@Test
	void thePdfHasTheRowsTheTotalAndTheSentence() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(download("/units/844/schools.pdf?schoolYear=2022-2023").getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Trường TH Bình Phú A 909 849 464 385 60 93,40%")
				.contains("Trường TH TT Cang Long B 703 703 90 613 - 100,00%")
				.contains("26.564 26.417 2.703 23.714 147 99,45%")
				.contains("có 26.417/26.564 học sinh tham gia BHYT chiếm 99,45% tổng số học sinh, vẫn còn 147 em chưa tham gia BHYT");
		}
	}

	private static java.math.BigDecimal percent(Cell cell) {
		return java.math.BigDecimal.valueOf(cell.getNumericCellValue()).movePointRight(2)
			.setScale(2, java.math.RoundingMode.HALF_UP);
	}

	/** The first row whose first cell is the number 1 (after the title, the two header rows and the numbering). */
	private static int firstBodyRow(Sheet sheet) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == 1) {
				return row.getRowNum();
			}
		}
		throw new AssertionError("no body row");
	}

	private MockHttpServletResponse download(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).with(httpBasic("admin", "admin"))).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response;
	}
}
