package vn.baophu.report;

import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard's print view as PDF, laid out by the report module's renderer: its tables, in the reader's language. */
@BaophuTest
class DashboardPdfTests {

	private static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true));

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Test
	void thePrintViewsTablesAreInThePdfWithTheirDiacritics() throws Exception {
		MockHttpServletResponse response = download("/units/844/dashboard.pdf?period=2023-06");
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"bang-dieu-khien-844-2023-06.pdf\"");
		String text = text(response);
		assertThat(text).contains("Huyện Càng Long", "30/06/2023", "Bảo hiểm y tế (BHYT) 89,11% 95,00% 93,80% 8.766",
				"Thị trấn Càng Long", "Xã An Trường A", "Xã Đức Mỹ");
		// the toolbar of the print view is for the screen only
		assertThat(text).doesNotContain(messages.getMessage("dashboard.back", null, Locale.forLanguageTag("vi-VN")));
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			PDResources resources = pdf.getPage(0).getResources();
			for (COSName font : resources.getFontNames()) {
				assertThat(resources.getFont(font).getName()).contains("DejaVuSans");
				assertThat(resources.getFont(font).isEmbedded()).isTrue();
			}
		}
	}

	@Test
	void inEnglishTheNumbersAreWrittenTheEnglishWay() throws Exception {
		MockHttpServletResponse response = download("/units/844/dashboard.pdf?period=2023-06&lang=en");
		assertThat(response.getHeader("Content-Disposition")).contains("dashboard-844-2023-06.pdf");
		assertThat(text(response)).contains("89.11% 95.00% 93.80% 8,766").doesNotContain("89,11%");
	}

	@Test
	void strangersAndUnknownUnitsAreTurnedAway() throws Exception {
		SignedInUser stranger = new SignedInUser("other", "x", "Huyện khác", Role.DISTRICT_OFFICIAL, -1L, true);
		mvc.perform(get("/units/844/dashboard.pdf").with(user(stranger))).andExpect(status().isForbidden());
		mvc.perform(get("/units/99999/dashboard.pdf").with(ADMIN)).andExpect(status().isNotFound());
	}

	private MockHttpServletResponse download(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).with(ADMIN)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response;
	}

	private static String text(MockHttpServletResponse response) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}
}
