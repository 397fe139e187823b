package vn.baophu.report;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The exports in English, like the pages ({@code EnglishPagesTests}): every label English, no
 * Vietnamese word left once the data (unit names, the decisions and sources as entered) is taken out.
 */
@BaophuTest
class EnglishExportsTests {

	private static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Administrator", Role.ADMINISTRATOR, null, true));
	private static final Pattern VIETNAMESE_LETTERS = Pattern.compile(
			"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/units/844/gap.xlsx?period=2023-06", "/units/844/report.xlsx?period=2023-06",
			"/units/844/report.xlsx?period=2023-05", "/units/29266/report.xlsx?period=2023-06" })
	void englishWorkbooksAreFullyTranslated(String file) throws Exception {
		String text = workbookText(download(file));
		assertThat(text).contains("People still to enrol", "Total", "Sources:");
		assertEnglish(text, file);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/units/844/gap.pdf?period=2023-06", "/units/844/report.pdf?period=2023-06",
			"/units/844/report.pdf?period=2023-05", "/units/29266/report.pdf?period=2023-06" })
	void englishPdfsAreFullyTranslated(String file) throws Exception {
		String text;
		try (PDDocument pdf = Loader.loadPDF(download(file))) {
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
		assertThat(text).contains("People still to enrol", "Total", "Sources:", "Page 1/");
		assertEnglish(text, file);
	}

	@Test
	void aUserWhoReadsEnglishGetsEnglishFilesWithoutAskingEachTime() throws Exception {
		SignedInUser reader = new SignedInUser("reader", "x", "Reader", Role.LEADER, null, true, null, "en", 0);
		var response = mvc.perform(get("/units/844/gap.pdf?period=2023-06").with(user(reader))).andReturn().getResponse();
		assertThat(response.getHeader("Content-Disposition")).contains("gap-table-844-2023-06.pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("People still to enrol", "8,766");
		}
	}

	private void assertEnglish(String text, String file) {
		assertThat(text).doesNotContain("??");
		String labels = withoutData(text);
		assertThat(VIETNAMESE_LETTERS.matcher(labels).results().map(match -> around(labels, match.start())).toList())
			.as("Vietnamese left in %s", file)
			.isEmpty();
	}

	private byte[] download(String file) throws Exception {
		var response = mvc.perform(get(file + "&lang=en").with(ADMIN)).andReturn().getResponse();
		assertThat(response.getStatus()).as(file).isEqualTo(200);
		return response.getContentAsByteArray();
	}

	/** Every text of the workbook: sheet names and string cells. */
	private static String workbookText(byte[] xlsx) throws Exception {
		List<String> texts = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook) {
				texts.add(sheet.getSheetName());
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.STRING) {
							texts.add(cell.getStringCellValue());
						}
					}
				}
			}
		}
		return String.join(" | ", texts);
	}

	/** Unit names, and the decisions and sources as they were entered, are data. */
	private String withoutData(String text) {
		for (String data : jdbc.sql("""
				select value from (select name as value from administrative_unit
				    union select decision from target where decision is not null
				    union select source from denominator where source is not null) data
				order by length(value) desc""").query(String.class).list()) {
			text = text.replace(data, "");
		}
		return text;
	}

	private static String around(String text, int index) {
		return text.substring(Math.max(0, index - 30), Math.min(text.length(), index + 30));
	}
}
