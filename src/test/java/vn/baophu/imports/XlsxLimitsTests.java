package vn.baophu.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.baophu.support.BaophuTest;

/**
 * Files built to exhaust the server get an error naming their row instead: a cell in the last
 * column (XFD) on 100 000 rows, more rows or columns than allowed, too many sheets. The crafted
 * file answers 422 within seconds; run with {@code -DargLine=-Xmx512m} it holds in that heap too.
 */
@BaophuTest
class XlsxLimitsTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Column XFD, the last one Excel has: 16 384 columns a row if the reader expanded the row. */
	static final int XFD = 16_383;

	@Autowired
	MockMvc mvc;

	@Test
	void aCellInColumnXfdOnAHundredThousandRowsGives422AtItsFirstRowQuickly() throws Exception {
		byte[] file = workbook(1, 100_000, XFD);
		long start = System.nanoTime();

		mvc.perform(post("/api/v1/import/figures").param("dryRun", "true").with(httpBasic("admin", "admin"))
			.contentType(XLSX).content(file))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].message").value("Dòng 2: ô XFD2 nằm ngoài 50 cột đầu tiên: tệp chỉ "
					+ "được có tối đa 50 cột (hãy xóa các ô thừa bên phải)."));

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void theFiftiethColumnIsTheLastOneAllowed() {
		Table within = TabularFile.read("f.xlsx", workbook(1, 3, 49));
		assertThat(within.rows()).hasSize(3);

		assertThat(TabularFile.read("f.xlsx", workbook(1, 3, 49)).rows().get(0).number()).isEqualTo(2);
		UnreadableFileException beyond = org.junit.jupiter.api.Assertions.assertThrows(UnreadableFileException.class,
				() -> TabularFile.read("f.xlsx", workbook(1, 3, 50)));
		assertThat(beyond.issue()).isEqualTo(Issue.of(2, "", "import.error.tooManyColumns", "AY2", 50L));
	}

	@Test
	void moreThanTwoHundredThousandRowsAreRefusedAtTheFirstRowTooMany() {
		UnreadableFileException xlsx = org.junit.jupiter.api.Assertions.assertThrows(UnreadableFileException.class,
				() -> TabularFile.read("f.xlsx", workbook(1, 200_000, 2)));
		// the header is row 1, so data row 200 000 is the file's row 200 001
		assertThat(xlsx.issue()).isEqualTo(Issue.of(200_001, "", "import.error.tooManyRows", 200_000L));
		assertThat(TabularFile.read("f.xlsx", workbook(1, 199_999, 2)).rows()).hasSize(199_999);

		StringBuilder csv = new StringBuilder("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\n");
		csv.append("T99A,2023-06,1,,,\n".repeat(200_000));
		UnreadableFileException text = org.junit.jupiter.api.Assertions.assertThrows(UnreadableFileException.class,
				() -> TabularFile.read("f.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
		assertThat(text.issue()).isEqualTo(Issue.of(200_001, "", "import.error.tooManyRows", 200_000L));
	}

	@Test
	void aCsvValueBeyondTheFiftiethColumnIsRefusedButEmptyTrailingCellsAreNot() {
		String header = "unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn";
		byte[] emptyTail = (header + "\nT99A,2023-06,1,,," + ",".repeat(60) + "\n").getBytes(StandardCharsets.UTF_8);
		assertThat(TabularFile.read("f.csv", emptyTail).rows()).hasSize(1);

		byte[] valueAt51 = (header + "\nT99A,2023-06,1,,," + ",".repeat(45) + "x\n").getBytes(StandardCharsets.UTF_8);
		UnreadableFileException refused = org.junit.jupiter.api.Assertions.assertThrows(UnreadableFileException.class,
				() -> TabularFile.read("f.csv", valueAt51));
		assertThat(refused.issue()).isEqualTo(Issue.of(2, "", "import.error.tooManyColumns", "AY2", 50L));
	}

	@Test
	void aWorkbookWithMoreThanFiftySheetsIsRefused() {
		assertThat(TabularFile.read("f.xlsx", workbook(50, 2, 1)).rows()).hasSize(2);
		UnreadableFileException refused = org.junit.jupiter.api.Assertions.assertThrows(UnreadableFileException.class,
				() -> TabularFile.read("f.xlsx", workbook(51, 2, 1)));
		assertThat(refused.issue()).isEqualTo(Issue.of(0, "", "import.error.tooManySheets", 50L));
	}

	/**
	 * A figures header on row 1 of the first sheet, then {@code rows} rows with a value in the
	 * figures' first column and one more in column {@code lastColumn} (0-based), written with POI's
	 * streaming writer so that the test itself holds in a small heap.
	 */
	static byte[] workbook(int sheets, int rows, int lastColumn) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int s = 0; s < sheets; s++) {
				Sheet sheet = workbook.createSheet("Trang " + (s + 1));
				if (s > 0) {
					continue;
				}
				String[] header = { "unit_code", "period", "bhyt", "bhxh_bb", "bhxh_tn", "bhtn" };
				Row first = sheet.createRow(0);
				for (int c = 0; c < header.length; c++) {
					first.createCell(c).setCellValue(header[c]);
				}
				for (int r = 1; r <= rows; r++) {
					Row row = sheet.createRow(r);
					row.createCell(0).setCellValue("T99A");
					row.createCell(lastColumn).setCellValue("x");
				}
			}
			workbook.write(out);
			workbook.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
