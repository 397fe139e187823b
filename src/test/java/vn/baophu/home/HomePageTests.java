package vn.baophu.home;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.baophu.imports.ImportKind;
import vn.baophu.imports.ImportService;
import vn.baophu.support.BaophuTest;
import vn.baophu.support.SessionCookie;
import vn.baophu.support.SignedIn;
import vn.baophu.support.TestUsers;
import vn.baophu.task.DirectiveService;
import vn.baophu.task.TaskService;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page at {@code /} per role, through real sign-ins, on provinces of their own ({@link HomeTree}
 * and two smaller ones). The clock is the real one, and every month of the data lies in 2024: this month
 * has no figures, January 2024 is the latest complete month, and both tasks are overdue. (This month's
 * reporting and the tasks due soon, which need a clock set in 2024, are the browser test's.)
 */
@BaophuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportService imports;

	@Autowired
	UnitService units;

	@Autowired
	UserService users;

	@Autowired
	DirectiveService directives;

	@Autowired
	TaskService tasks;

	HomeTree tree;

	@BeforeAll
	void provinces() {
		tree = new HomeTree("HP", imports, units, users, directives, tasks);
		// a province without figures, and one whose district closed on 1 July 2024
		HomeTree.load(imports, ImportKind.UNITS, """
				code,name,type,parent_code
				HQP,Tỉnh Chưa Có Số Liệu,tỉnh,
				HQD,Huyện Chưa Có Số Liệu,huyện,HQP
				HQA,Xã Chưa Có Số Liệu,xã,HQD
				HRP,Tỉnh Sắp Xếp,tỉnh,
				HRD,Huyện Giải Thể,huyện,HRP
				HRA,Xã Giải Thể,xã,HRD
				""", null, "admin");
		HomeTree.load(imports, ImportKind.FIGURES, """
				unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn
				HRA,2024-05,700,70,7,60
				""", null, "admin");
		units.closeFrom(units.require("HRA"), LocalDate.of(2024, 7, 1));
		units.closeFrom(units.require("HRD"), LocalDate.of(2024, 7, 1));
	}

	@Test
	void signingInLandsOnTheHomePageNoLongerOnTheUnitList() throws Exception {
		mvc.perform(formLogin().user(tree.staff).password(HomeTree.PASSWORD)).andExpect(SignedIn.as(tree.staff))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/").with(signIn(tree.staff))).andExpect(status().isOk());
		// every page keeps its own address
		mvc.perform(get("/units").with(signIn(tree.staff))).andExpect(status().isOk());
	}

	@Test
	void provincialStaffSeeTheMonthsToCloseTheTasksTheirImportsAndThePack() throws Exception {
		SessionCookie session = signIn(tree.staff);
		String html = home(session);

		assertThat(text(html, "home-heading")).isEqualTo("Trang chủ — Tỉnh Trang Chủ HP");
		// this month (by the real clock) nobody has reported: the three communes are listed, with their grid
		assertThat(text(html, "reported-count")).isEqualTo("0/3");
		assertThat(element(html, "missing-units")).contains("data-code=\"HPA\"", "data-code=\"HPB\"", "data-code=\"HPC\"",
				"href=\"/units/HPD/entry?period=");
		assertThat(element(html, "months-to-close")).contains("data-unit=\"HPP\" data-period=\"2024-01\"");
		assertThat(row(html, "months-to-close", "data-period=\"2024-02\"")).contains("02/2024", "2/3");
		assertThat(row(html, "months-to-close", "data-period=\"2024-01\"")).contains("01/2024", "3/3");
		assertThat(element(html, "home-overdue")).contains(HomeTree.OVERDUE_TASK, HomeTree.DUE_SOON_TASK);
		assertThat(row(html, "last-imports", "data-id=")).contains(HomeTree.FIGURES_FILE, tree.staff);
		// the pack of the latest complete month
		assertThat(html).contains("id=\"print-pack\" class=\"btn btn-primary\" href=\"/units/HPP/pack.pdf?period=2024-01\"");
		assertThat(text(html, "pack-month")).isEqualTo("Số liệu tháng 01/2024");
		// not for provincial staff
		assertThat(html).doesNotContain("id=\"sign-ins\"");

		// closing a month from the home page comes back to it, and the month is no longer waiting
		mvc.perform(post("/units/HPP/months/2024-01/close").with(session).with(csrf()).header("Referer", "http://localhost/"))
			.andExpect(redirectedUrl("/"));
		String after = home(session);
		assertThat(element(after, "months-to-close")).doesNotContain("data-period=\"2024-01\"")
			.contains("data-period=\"2024-02\"");
	}

	@Test
	void aDistrictOfficialSeesTheGapTableOfTheLatestCompleteMonthAndTheirTasks() throws Exception {
		String html = home(signIn(tree.official));

		assertThat(text(html, "latest-complete-month")).isEqualTo("Tháng 01/2024 — tháng gần nhất mọi xã đã báo cáo");
		assertThat(text(html, "gap-as-of")).isEqualTo("Tính đến ngày 31/01/2024");
		// the gap table's own fragments: BHYT of Xã Hòa An, 900 of 1 000 people
		assertThat(row(html, "gap-bhyt", "data-code=\"HPA\"")).contains("Xã Hòa An", "1.000", "900", "90,00%");
		assertThat(element(html, "gap-bhxh")).contains("data-code=\"HPC\"");
		assertThat(element(html, "gap-bhtn")).contains("data-code=\"HPB\"");
		assertThat(text(html, "reported-count")).isEqualTo("0/3");
		assertThat(element(html, "home-overdue")).contains(HomeTree.OVERDUE_TASK);
		// no months to close, no imports, no pack: not theirs
		assertThat(html).doesNotContain("id=\"months-to-close\"", "id=\"last-imports\"", "id=\"print-pack\"");
	}

	@Test
	void aLeaderSeesTheDashboardOfTheLatestCompleteMonthAndThePack() throws Exception {
		String html = home(signIn(tree.leader));

		assertThat(text(html, "dashboard-month")).isEqualTo("Tháng 01/2024 — tháng gần nhất mọi xã đã báo cáo");
		assertThat(html).contains("id=\"card-BHYT\"", "id=\"card-BHXH\"", "id=\"card-BHTN\"", "id=\"dashboard-data\"",
				"id=\"ranking-table\"", "href=\"/units/HPP/pack.pdf?period=2024-01\"");
		// 4 000 of 4 500 people: 88,89 %
		assertThat(element(html, "card-BHYT")).contains("88,89%");
		assertThat(html).doesNotContain("id=\"missing-note\"", "id=\"months-to-close\"");
	}

	@Test
	void theHomePagesOfDistrictOfficialsAndLeadersAreInEnglishToo() throws Exception {
		String district = english(signIn(tree.official));
		assertThat(text(district, "latest-complete-month")).isEqualTo("Jan 2024 — the latest month in which every commune reported");
		assertThat(text(district, "home-heading")).isEqualTo("Home — Huyện Trang Chủ HP");
		String leader = english(signIn(tree.leader));
		assertThat(text(leader, "dashboard-month")).isEqualTo("Jan 2024 — the latest month in which every commune reported");
		assertThat(text(leader, "print-pack")).isEqualTo("Print the monthly meeting pack");
		assertThat(district + leader).doesNotContain("??");
	}

	@Test
	void aDistrictOfficialWithoutAnyFiguresIsToldThereIsNoCompleteMonthYet() throws Exception {
		String official = TestUsers.uniqueName();
		users.create(official, HomeTree.PASSWORD, "Cán bộ huyện", Role.DISTRICT_OFFICIAL, units.require("HQD").id());
		String leader = TestUsers.uniqueName();
		users.create(leader, HomeTree.PASSWORD, "Lãnh đạo", Role.LEADER, units.require("HQP").id());

		String html = home(signIn(official));
		assertThat(text(html, "no-complete-month"))
			.isEqualTo("Chưa có tháng nào mọi xã của đơn vị đã báo cáo đủ số liệu.");
		assertThat(html).doesNotContain("id=\"gap-bhyt\"");
		assertThat(text(html, "reported-count")).isEqualTo("0/1");
		assertThat(text(home(signIn(leader)), "no-figures")).isEqualTo("Đơn vị chưa có số liệu tháng nào.");
	}

	@Test
	void aDistrictOfficialWhoseDistrictClosedIsToldSoAndStillSeesItsLastCompleteMonth() throws Exception {
		String official = TestUsers.uniqueName();
		users.create(official, HomeTree.PASSWORD, "Cán bộ huyện cũ", Role.DISTRICT_OFFICIAL, units.require("HRD").id());

		String html = home(signIn(official));
		assertThat(text(html, "unit-reorganised"))
			.isEqualTo("Đơn vị của bạn (Huyện Giải Thể) thôi tồn tại từ 01/07/2024. Bạn vẫn xem được các tháng trước đó.");
		assertThat(text(html, "latest-complete-month")).isEqualTo("Tháng 05/2024 — tháng gần nhất mọi xã đã báo cáo");
		assertThat(row(html, "gap-bhyt", "data-code=\"HRA\"")).contains("700");
		// nothing is to be reported for a closed district, and its grid is not offered
		assertThat(html).contains("id=\"reporting-none\"").doesNotContain("id=\"entry-grid-HRD\"");
	}

	@Test
	void anAccountWithoutAUnitIsToldSo() throws Exception {
		String leader = TestUsers.uniqueName();
		users.create(leader, HomeTree.PASSWORD, "Lãnh đạo không đơn vị", Role.LEADER, null);
		assertThat(text(home(signIn(leader)), "home-no-unit"))
			.startsWith("Tài khoản của bạn không gắn với đơn vị nào còn trong danh mục.");
	}

	@Test
	void administratorsOfTheWholeTreeSeeItAllWithTheAccountsLockedAndTheFailedSignIns() throws Exception {
		String victim = TestUsers.uniqueName();
		users.create(victim, HomeTree.PASSWORD, "Người bị khóa", Role.LEADER, units.require("HPA").id());
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(formLogin().user(victim).password("khong-phai-mat-khau")).andExpect(SignedIn.nobody());
		}
		String stranger = TestUsers.uniqueName();
		mvc.perform(formLogin().user(stranger).password("khong-phai-mat-khau")).andExpect(SignedIn.nobody());

		String html = home(TestUsers.signIn(mvc, "admin", "admin"));
		assertThat(text(html, "home-heading")).isEqualTo("Trang chủ — Toàn bộ các đơn vị");
		assertThat(row(html, "locked-accounts", "data-username=\"" + victim + "\"")).contains("Người bị khóa", "Xã Hòa An",
				"Khóa đến");
		assertThat(row(html, "sign-in-failures", "data-username=\"" + victim + "\"")).contains("Sai mật khẩu, tài khoản bị khóa");
		assertThat(row(html, "sign-in-failures", "data-username=\"" + stranger + "\"")).contains("Không có tài khoản này");
		// the whole tree: the grids of every province that exists this month, this one among them
		assertThat(html).contains("id=\"entry-grid-HPP\"", "id=\"months-to-close\"")
			.doesNotContain("id=\"print-pack\"");
	}

	@Test
	void anAdministratorOfAProvinceSeesOnlyTheFailuresOfItsUsers() throws Exception {
		String admin = TestUsers.uniqueName();
		users.create(admin, HomeTree.PASSWORD, "Quản trị tỉnh", Role.ADMINISTRATOR, units.require("HQP").id());
		String outsider = TestUsers.uniqueName();
		mvc.perform(formLogin().user(outsider).password("khong-phai-mat-khau")).andExpect(SignedIn.nobody());

		String html = home(signIn(admin));
		assertThat(html).contains("id=\"sign-ins\"").doesNotContain(outsider);
	}

	private SessionCookie signIn(String username) throws Exception {
		return TestUsers.signIn(mvc, username, HomeTree.PASSWORD);
	}

	private String home(SessionCookie session) throws Exception {
		return mvc.perform(get("/").with(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String english(SessionCookie session) throws Exception {
		return mvc.perform(get("/").param("lang", "en").with(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The element with this id, from its start tag to the first end tag of its name (enough for tables and lists). */
	static String element(String html, String id) {
		Matcher start = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"").matcher(html);
		assertThat(start.find()).as("an element #" + id).isTrue();
		int end = html.indexOf("</" + start.group(1) + ">", start.end());
		return html.substring(start.start(), end);
	}

	/** The text of the element with this id, tags taken out and white space collapsed. */
	static String text(String html, String id) {
		return element(html, id).replaceFirst("^<[^>]*>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
	}

	/** The first row of the table with this id that has the attribute given. */
	static String row(String html, String tableId, String attribute) {
		String table = element(html, tableId);
		int at = table.indexOf(attribute);
		assertThat(at).as("a row with %s in #%s", attribute, tableId).isNotNegative();
		int start = table.lastIndexOf("<tr", at);
		return table.substring(start, table.indexOf("</tr>", at));
	}
}
