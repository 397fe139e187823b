package vn.baophu.report.export;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.baophu.support.BaophuTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The gap tables of Càng Long, June 2023, as PDF: PDFBox reads back the unit names with every
 * diacritic, the figures of the total row in the reader's language, and finds the embedded font.
 */
@BaophuTest
class GapPdfTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theVietnamesePdfHasTheUnitNamesWithTheirDiacriticsAndTheTotalRow() throws Exception {
		MockHttpServletResponse response = download("/units/844/gap.pdf?period=2023-06");
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"bang-tien-do-844-2023-06.pdf\"");
		String text = text(response);
		assertThat(text).contains("Thị trấn Càng Long", "Xã An Trường A", "Xã Đại Phước", "Xã Nhị Long Phú",
				"Huyện Càng Long", "Đơn vị: Huyện Càng Long — tính đến ngày 30/06/2023",
				"Kết quả phát triển người tham gia bảo hiểm y tế (BHYT)", "Số người còn phải vận động");
		assertThat(text).contains("1 Thị trấn Càng Long 13.737 12.787 93,08% 95,00% 97,98% +1,53 263",
				"3 Xã An Trường A 7.707 7.397 95,98% 95,00% 101,03% +1,79 (75)",
				"Tổng cộng 148.806 132.600 89,11% 95,00% 93,80% +0,64 8.766",
				"Cộng các đơn vị chưa đạt 9.028");
		// the BHXH table, columns 1 to 12 of its total row
		assertThat(text).contains(
				"Tổng cộng 75.890 10.841 3.497 14.338 18,89% 4,61% 22,69% 6,17% 83,27% 74,68% 1.696 1.185");
		assertThat(text).contains("- Chỉ tiêu giao năm 2023: Kế hoạch 295/KH-BCĐ ngày 31/7/2023.",
				"không ghi nguồn (14 đơn vị)");
	}

	@Test
	void theTextIsSetInTheEmbeddedDejaVuFontOnA4Landscape() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(download("/units/844/gap.pdf?period=2023-06").getContentAsByteArray())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(3);
			PDPage page = pdf.getPage(0);
			assertThat(page.getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
			assertThat(page.getMediaBox().getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
			List<PDFont> fonts = new ArrayList<>();
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
			assertThat(fonts).isNotEmpty().allSatisfy(font -> {
				assertThat(font.getName()).contains("DejaVuSans");
				assertThat(font.isEmbedded()).isTrue();
			});
		}
	}

	@Test
	void inEnglishTheLabelsAndTheNumberFormatsAreEnglish() throws Exception {
		MockHttpServletResponse response = download("/units/844/gap.pdf?period=2023-06&lang=en");
		assertThat(response.getHeader("Content-Disposition")).contains("gap-table-844-2023-06.pdf");
		String text = text(response);
		assertThat(text).contains("Health insurance (BHYT) participants against target",
				"Unit: Huyện Càng Long — as of 30 Jun 2023", "People still to enrol", "Sum over lagging units",
				"Total 148,806 132,600 89.11% 95.00% 93.80% +0.64 8,766", "Xã An Trường A 7,707 7,397 95.98%",
				"Population and labour force 2023: no source given (14 units).");
		assertThat(text).doesNotContain("Tổng cộng", "Số người", "tính đến ngày", "không ghi nguồn");
	}

	@Test
	void aCommuneHasOnlyItsOwnRowAndAMissingMonthSaysSo() throws Exception {
		String commune = text(download("/units/29266/gap.pdf?period=2023-06"));
		assertThat(commune).contains("Đơn vị: Thị trấn Càng Long", "Tổng cộng 13.737 12.787 93,08%")
			.doesNotContain("Cộng các đơn vị chưa đạt");
		String may = text(download("/units/844/gap.pdf?period=2023-05&table=bhxh"));
		assertThat(may).contains("1 Thị trấn Càng Long 7.006 chưa có số liệu — —",
				"Tổng cộng 75.890 thiếu số liệu (0", "Cộng các đơn vị chưa đạt — —");
	}

	MockHttpServletResponse download(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).with(GapWorkbookTests.ADMIN)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response;
	}

	/** The text of the PDF, with line breaks (a header wrapped in its cell) read as spaces. */
	static String text(MockHttpServletResponse response) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}
}
