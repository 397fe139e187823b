package vn.baophu.dashboard.web;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import vn.baophu.report.export.PdfRenderer;
import vn.baophu.support.BaophuTest;
import vn.baophu.support.PdfLayout;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's print view as PDF: its tables in the reader's language, and on the first page, under
 * their headings, the trend and the ranking drawn as vector graphics with their text in the embedded
 * font; A4 landscape; no heading without something under it, in the XHTML laid out and on the pages.
 */
@BaophuTest
class DashboardPdfTests {

	private static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true));
	private static final Locale VI = Locale.forLanguageTag("vi-VN");

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	DashboardPrint print;

	@Autowired
	PdfRenderer renderer;

	@Autowired
	UnitService units;

	@Autowired
	WebApplicationContext web;

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
		assertThat(text).doesNotContain(messages.getMessage("dashboard.back", null, VI),
				messages.getMessage("dashboard.pack.download", null, VI));
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			PDResources resources = pdf.getPage(0).getResources();
			for (COSName font : resources.getFontNames()) {
				assertThat(resources.getFont(font).getName()).contains("DejaVuSans");
				assertThat(resources.getFont(font).isEmbedded()).isTrue();
			}
		}
	}

	@Test
	void theFirstPageIsA4LandscapeWithBothChartsUnderTheirHeadings() throws Exception {
		byte[] pdf = download("/units/844/dashboard.pdf?period=2023-06").getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
			assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
			PDResources resources = document.getPage(0).getResources();
			List<PDFormXObject> forms = new ArrayList<>();
			for (COSName name : resources.getXObjectNames()) {
				assertThat(resources.getXObject(name)).isInstanceOf(PDFormXObject.class);
				forms.add((PDFormXObject) resources.getXObject(name));
			}
			// the charts are vector drawings, no images: forms of paths stroked (dashed too) and filled, and text
			assertThat(forms).hasSize(2).allSatisfy(form -> assertThat(colours(form).keySet())
				.contains("m", "l", "S", "f", "d", "Tj"));
			// in the page's colours: the trend's lines this year, last year and the target
			assertThat(forms).anySatisfy(form -> assertThat(colours(form).get("SC")).contains("0d6efd", "8a9299", "dc3545"));
			// the ranking's bars by pace, the biggest drop outlined, the target line
			assertThat(forms).anySatisfy(form -> {
				assertThat(colours(form).get("sc")).contains("198754", "e07b00", "dc3545");
				assertThat(colours(form).get("SC")).contains("212529", "dc3545");
			});
		}

		PdfLayout.Page first = PdfLayout.of(pdf).page(1);
		assertThat(first.drawings()).hasSize(2);
		PdfLayout.Drawing trend = under(first, "Diễn biến tỷ lệ bao phủ trong năm — BHYT");
		PdfLayout.Drawing ranking = under(first, "Xếp hạng đơn vị trực thuộc theo tỷ lệ đạt kế hoạch — BHYT");
		assertThat(trend.index()).isNotEqualTo(ranking.index());
		// their labels are text in the embedded font, as the page's charts have them
		assertThat(trend.text()).contains("Năm 2023", "Năm 2022", "Chỉ tiêu năm 2023", "Số người tham gia BHYT năm 2023",
				"T1", "T12", "95,00", "130.000");
		assertThat(trend.glyphs()).allSatisfy(glyph -> assertThat(glyph.size()).isCloseTo(7.5f,
				org.assertj.core.data.Offset.offset(0.1f)));
		assertThat(ranking.text()).containsSubsequence("Xã An Trường", "Xã Mỹ Cẩm", "Thị trấn Càng Long", "Xã Đức Mỹ",
				"Xã Huyền Hội").contains("100,00");
		// side by side, the ranking as high as 14 units need
		assertThat(ranking.box().getMinX()).isGreaterThan(trend.box().getMaxX());
		assertThat(ranking.box().getHeight()).isCloseTo(90 * 72 / 25.4, org.assertj.core.data.Offset.offset(2.0));
	}

	@Test
	void noHeadingIsFollowedByAnotherHeadingOnAnyPage() throws Exception {
		for (String url : List.of("/units/844/dashboard.pdf?period=2023-06", "/units/84/dashboard.pdf?period=2023-06",
				"/units/29266/dashboard.pdf?period=2023-06", "/units/844/dashboard.pdf?period=2020-06",
				"/units/844/dashboard.pdf?period=2023-06&lang=en")) {
			List<String> bare = bareHeadings(PdfLayout.of(download(url).getContentAsByteArray()));
			assertThat(bare).as(url).isEmpty();
		}
	}

	@Test
	void withoutFiguresASentenceSaysSoWhereTheChartWouldBe() throws Exception {
		byte[] pdf = download("/units/844/dashboard.pdf?period=2020-06").getContentAsByteArray();
		PdfLayout.Page first = PdfLayout.of(pdf).page(1);
		assertThat(first.drawings()).isEmpty();
		assertThat(below(first, "Diễn biến tỷ lệ bao phủ trong năm — BHYT")).startsWith("text 'C'");
		assertThat(text(pdf)).contains("Chưa có số liệu BHYT của năm 2020 và năm 2019, nên chưa có biểu đồ diễn biến.",
				"Chưa đơn vị trực thuộc nào có số liệu BHYT tháng 06/2020, nên chưa xếp hạng được.");
	}

	@Test
	void theXhtmlLaidOutHasSomethingTheRendererDrawsUnderEveryHeading() throws Exception {
		for (YearMonth period : List.of(YearMonth.of(2023, 6), YearMonth.of(2020, 6))) {
			DashboardPrint.Page page = print.page(units.require("844"), period, VI);
			String xhtml = renderer.xhtml(DashboardPageController.PRINT_VIEW, page.model(), VI,
					new MockHttpServletRequest(web.getServletContext()), new MockHttpServletResponse());
			Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(xhtml)));
			List<Element> headings = new ArrayList<>();
			collectHeadings(document.getDocumentElement(), headings);
			assertThat(headings).as(period.toString()).hasSizeGreaterThan(6);
			for (Element heading : headings) {
				Element next = nextElement(heading);
				assertThat(next).as(period + ": after '" + heading.getTextContent() + "'").isNotNull();
				assertThat(next.getTagName()).as(period + ": after '" + heading.getTextContent() + "'")
					.isNotIn("h1", "h2", "h3", "canvas");
				if (next.getTagName().equals("object")) {
					assertThat(page.drawings()).containsKey(next.getAttribute(PdfRenderer.DRAWING_ATTRIBUTE));
				}
			}
		}
	}

	@Test
	void aTableLongerThanAPageRepeatsItsHeaderOnEveryPage() throws Exception {
		// a province's ranking of a hundred communes, with the print view's style sheets
		StringBuilder rows = new StringBuilder();
		for (int i = 1; i <= 100; i++) {
			rows.append("<tr><td class=\"num rank\">").append(i).append("</td><td class=\"unit-name\">Xã số ").append(i)
				.append("</td></tr>");
		}
		String xhtml = """
				<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"/>
				<link rel="stylesheet" href="/css/dashboard.css"/><link rel="stylesheet" href="/css/print-page.css"/>
				</head><body class="print-view"><h2>Xếp hạng</h2>
				<table class="dash-table" id="ranking-table"><thead><tr><th>Hạng BHYT</th><th>Đơn vị trực thuộc</th></tr></thead>
				<tbody>%s</tbody></table></body></html>""".formatted(rows);
		try (PDDocument pdf = Loader.loadPDF(renderer.toPdf(xhtml))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(stripper.getText(pdf)).as("page " + page).contains("Hạng BHYT Đơn vị trực thuộc");
			}
			assertThat(pdf.getPage(1).getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
		}
	}

	@Test
	void inEnglishTheNumbersAreWrittenTheEnglishWay() throws Exception {
		MockHttpServletResponse response = download("/units/844/dashboard.pdf?period=2023-06&lang=en");
		assertThat(response.getHeader("Content-Disposition")).contains("dashboard-844-2023-06.pdf");
		assertThat(text(response)).contains("89.11% 95.00% 93.80% 8,766", "Target 2023", "BHYT participants 2023")
			.doesNotContain("89,11%", "Chỉ tiêu năm");
	}

	@Test
	void strangersAndUnknownUnitsAreTurnedAway() throws Exception {
		SignedInUser stranger = new SignedInUser("other", "x", "Huyện khác", Role.DISTRICT_OFFICIAL, -1L, true);
		mvc.perform(get("/units/844/dashboard.pdf").with(user(stranger))).andExpect(status().isForbidden());
		mvc.perform(get("/units/99999/dashboard.pdf").with(ADMIN)).andExpect(status().isNotFound());
	}

	/** Headings with nothing under them on their page, or with another heading right under them. */
	static List<String> bareHeadings(PdfLayout layout) {
		List<String> bare = new ArrayList<>();
		for (PdfLayout.Page page : layout.pages()) {
			for (PdfLayout.Heading heading : page.headings()) {
				String below = page.below(heading).map(PdfLayout.Below::what).orElse("nothing");
				if (below.equals("nothing") || below.startsWith("heading")) {
					bare.add("page " + page.number() + ": '" + heading.text() + "' has " + below + " under it");
				}
			}
		}
		return bare;
	}

	private static PdfLayout.Drawing under(PdfLayout.Page page, String heading) {
		String below = below(page, heading);
		assertThat(below).as(heading).startsWith("drawing ");
		return page.drawings().get(Integer.parseInt(below.substring("drawing ".length())));
	}

	private static String below(PdfLayout.Page page, String heading) {
		PdfLayout.Heading found = page.headings().stream().filter(h -> h.text().equals(heading)).findFirst()
			.orElseThrow(() -> new AssertionError("no heading '" + heading + "' on page " + page.number() + ": "
					+ page.headings()));
		return page.below(found).map(PdfLayout.Below::what).orElse("nothing");
	}

	/**
	 * The operators of a form's content stream, each with the RGB colours it set (as {@code 0d6efd}) for
	 * the colour operators {@code sc} (fill) and {@code SC} (stroke).
	 */
	private static java.util.Map<String, java.util.Set<String>> colours(PDFormXObject form) {
		try {
			java.util.Map<String, java.util.Set<String>> operators = new java.util.HashMap<>();
			List<Float> operands = new ArrayList<>();
			for (Object token : new org.apache.pdfbox.pdfparser.PDFStreamParser(form).parse()) {
				if (token instanceof org.apache.pdfbox.cos.COSNumber number) {
					operands.add(number.floatValue());
				}
				else if (token instanceof org.apache.pdfbox.contentstream.operator.Operator operator) {
					java.util.Set<String> set = operators.computeIfAbsent(operator.getName(), name -> new java.util.TreeSet<>());
					if (operands.size() == 3) {
						set.add(String.format("%02x%02x%02x", Math.round(operands.get(0) * 255),
								Math.round(operands.get(1) * 255), Math.round(operands.get(2) * 255)));
					}
					operands.clear();
				}
				else {
					operands.clear();
				}
			}
			return operators;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void collectHeadings(Element element, List<Element> headings) {
		if (element.getTagName().matches("h[1-6]")) {
			headings.add(element);
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				collectHeadings(childElement, headings);
			}
		}
	}

	private static Element nextElement(Element element) {
		for (Node next = element.getNextSibling(); next != null; next = next.getNextSibling()) {
			if (next instanceof Element nextElement) {
				return nextElement;
			}
		}
		return null;
	}

	private MockHttpServletResponse download(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).with(ADMIN)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response;
	}

	private static String text(MockHttpServletResponse response) throws Exception {
		return text(response.getContentAsByteArray());
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
