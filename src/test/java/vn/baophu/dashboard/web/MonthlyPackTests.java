package vn.baophu.dashboard.web;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.dashboard.DashboardService;
import vn.baophu.support.BaophuTest;
import vn.baophu.support.PdfLayout;
import vn.baophu.task.BoardFilter;
import vn.baophu.task.TaskBoardService;
import vn.baophu.task.TaskView;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monthly meeting pack of Càng Long, June 2023: one PDF with the dashboard, the three gap tables and
 * the overdue tasks, in that order, each part as it is on its own, with a bookmark at each part.
 */
@BaophuTest
class MonthlyPackTests {

	private static final SignedInUser ADMIN_USER = new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null,
			true);
	private static final RequestPostProcessor ADMIN = user(ADMIN_USER);
	private static final String PACK = "/units/844/pack.pdf?period=2023-06";

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	DashboardService dashboards;

	@Autowired
	TaskBoardService boards;

	@Test
	void theDashboardTheThreeGapTablesAndTheOverdueTasksComeInTheOrderOfTheMeeting() throws Exception {
		MockHttpServletResponse response = download(PACK);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"giao-ban-844-2023-06.pdf\"");
		String text = text(response.getContentAsByteArray());
		List<TaskView> overdue = boards.board(units.require("844"), BoardFilter.NONE, ADMIN_USER).overdue();
		// the demo plan's monthly reports were first due on 31/07/2023 and none was marked done
		assertThat(overdue).extracting(TaskView::description).anyMatch(task -> task.startsWith("Thành lập tổ công tác"));
		assertThat(text).containsSubsequence("Bảng điều hành — Huyện Càng Long", "Tính đến ngày 30/06/2023",
				"Bảo hiểm y tế (BHYT) 89,11% 95,00% 93,80% 8.766",
				"Kết quả phát triển người tham gia bảo hiểm y tế (BHYT)",
				"Tổng cộng 148.806 132.600 89,11% 95,00% 93,80% +0,64 8.766",
				"Kết quả phát triển người tham gia bảo hiểm xã hội (BHXH)",
				"Kết quả phát triển người tham gia bảo hiểm thất nghiệp (BHTN)",
				"Nhiệm vụ quá hạn — Huyện Càng Long", overdue.size() + " nhiệm vụ quá hạn",
				"Thành lập tổ công tác, đến từng hộ gia đình tuyên truyền");
		// every task overdue today, most overdue first, as the task board has them
		String tasks = text.substring(text.indexOf("Nhiệm vụ quá hạn — Huyện Càng Long"));
		assertThat(tasks).containsSubsequence(overdue.stream().map(task -> task.description().substring(0, 20)).toList());
	}

	@Test
	void eachPartIsTheFileItIsOnItsOwnWithABookmarkAtItsFirstPage() throws Exception {
		int dashboardPages = pages(download("/units/844/dashboard.pdf?period=2023-06").getContentAsByteArray());
		int gapPages = pages(download("/units/844/gap.pdf?period=2023-06").getContentAsByteArray());
		byte[] pack = download(PACK).getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pack)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(dashboardPages + gapPages);
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Tài liệu giao ban tháng 06/2023 — Huyện Càng Long");
			List<String> bookmarks = new ArrayList<>();
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				bookmarks.add(item.getTitle() + " @" + document.getPages().indexOf(item.findDestinationPage(document)));
			}
			assertThat(bookmarks).containsExactly("Bảng điều hành @0", "Bảng tiến độ BHYT, BHXH, BHTN @" + dashboardPages,
					"Nhiệm vụ quá hạn @" + (dashboardPages + gapPages));
		}
		PdfLayout layout = PdfLayout.of(pack);
		assertThat(layout.page(1).drawings()).as("the charts on the first page").hasSize(2);
		assertThat(layout.page(dashboardPages + 1).headings()).extracting(PdfLayout.Heading::text)
			.containsExactly("Kết quả phát triển người tham gia bảo hiểm y tế (BHYT)");
		assertThat(layout.page(dashboardPages + gapPages + 1).headings()).extracting(PdfLayout.Heading::text)
			.first().isEqualTo("Nhiệm vụ quá hạn — Huyện Càng Long");
		assertThat(layout.pages()).allSatisfy(page -> {
			assertThat(page.width()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
			assertThat(page.height()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
		});
		assertThat(DashboardPdfTests.bareHeadings(layout)).isEmpty();
	}

	@Test
	void withoutAMonthThePackIsOfTheDashboardsMonth() throws Exception {
		String month = dashboards.period(units.require("844"), null).toString();
		MockHttpServletResponse response = download("/units/844/pack.pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("giao-ban-844-" + month + ".pdf");
	}

	@Test
	void inEnglishThePartsAreEnglish() throws Exception {
		MockHttpServletResponse response = download(PACK + "&lang=en");
		assertThat(response.getHeader("Content-Disposition")).contains("monthly-pack-844-2023-06.pdf");
		assertThat(text(response.getContentAsByteArray())).containsSubsequence("Dashboard — Huyện Càng Long",
				"Health insurance (BHYT) participants against target", "Overdue tasks — Huyện Càng Long")
			.doesNotContain("Nhiệm vụ quá hạn", "Tổng cộng");
	}

	@Test
	void onlyThoseWhoMaySeeTheUnitGetItsPack() throws Exception {
		SignedInUser stranger = new SignedInUser("other", "x", "Huyện khác", Role.DISTRICT_OFFICIAL, -1L, true);
		mvc.perform(get(PACK).with(user(stranger))).andExpect(status().isForbidden());
		SignedInUser commune = new SignedInUser("xa", "x", "Xã Huyền Hội", Role.DISTRICT_OFFICIAL,
				units.require("29278").id(), true);
		mvc.perform(get(PACK).with(user(commune))).andExpect(status().isForbidden());
		mvc.perform(get("/units/29278/pack.pdf?period=2023-06").with(user(commune))).andExpect(status().isOk());
		mvc.perform(get("/units/99999/pack.pdf").with(ADMIN)).andExpect(status().isNotFound());
		mvc.perform(get(PACK)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	private MockHttpServletResponse download(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).with(ADMIN)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response;
	}

	private static int pages(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
