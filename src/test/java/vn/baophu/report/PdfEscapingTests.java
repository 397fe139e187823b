package vn.baophu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;

/**
 * A unit name full of markup and CSS punctuation prints as written in every PDF: nothing it holds
 * is read as XHTML or CSS (the page footer once carried it unescaped into the style sheet).
 */
@BaophuTest
class PdfEscapingTests {

	static final String NAME = "Xã <b>A</b> & \"B\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@BeforeEach
	void unitWithAHostileName() throws Exception {
		if (units.findByCode("P11X").isPresent()) {
			return;
		}
		String csv = "code,name,type,parent_code\nP11,Tỉnh Thử PDF,tỉnh,\nP11X,\"Xã <b>A</b> & \"\"B\"\"}\",xã,P11\n";
		mvc.perform(post("/api/v1/import/units").with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk());
		String figures = "unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nP11X,2023-06,120,30,5,25\n";
		mvc.perform(post("/api/v1/import/figures").with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(figures.getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk());
		assertThat(units.findByCode("P11X")).get().extracting(u -> u.name()).isEqualTo(NAME);
	}

	@Test
	void theGapTablePdfPrintsTheNameLiterally() throws Exception {
		assertThat(text("/units/P11/gap.pdf?period=2023-06")).contains(NAME);
		// the subtitle, and the footer (written into the page's style sheet) with the page number after it
		assertThat(text("/units/P11X/gap.pdf?period=2023-06")).contains("Đơn vị: " + NAME, "Bảng tiến độ " + NAME + " tháng 06/2023 Trang 1/");
	}

	@Test
	void theReportPdfPrintsTheNameLiterally() throws Exception {
		assertThat(text("/units/P11/report.pdf?period=2023-06")).contains(NAME);
	}

	@Test
	void theDashboardPdfPrintsTheNameLiterally() throws Exception {
		assertThat(text("/units/P11/dashboard.pdf?period=2023-06")).contains(NAME);
		assertThat(text("/units/P11X/dashboard.pdf?period=2023-06")).contains(NAME);
	}

	private String text(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).with(httpBasic("admin", "admin"))).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}
}
