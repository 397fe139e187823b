package vn.baophu.figures;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.target.TargetService;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The grid as provincial staff use it, committed for real (the audit trail is written at commit):
 * each test works on its own month of its own small tree.
 */
@BaophuTest
class EntryGridTests {

	private static final YearMonth MARCH = YearMonth.of(2024, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	TargetService targets;

	@Autowired
	FiguresService figures;

	@Autowired
	MonthStatusService months;

	@Autowired
	JdbcClient jdbc;

	EntryTestTree tree;

	RequestPostProcessor staff;

	@BeforeEach
	void setUp() {
		tree = new EntryTestTree("EG", units, targets, figures, MARCH);
		staff = user(new SignedInUser("staff-eg", "x", "Cán bộ", Role.PROVINCIAL_STAFF, tree.province.id(), true));
	}

	@Test
	void showsOneRowPerCommuneWithLastMonthBesideEachCell() throws Exception {
		mvc.perform(get("/units/EGD/entry").param("period", "2024-03").with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cell-EGA-bhyt\"")))
			.andExpect(content().string(containsString("id=\"cell-EGB-bhtn\"")))
			.andExpect(content().string(containsString("1.500")))
			.andExpect(content().string(containsString("id=\"month-open\"")));
	}

	@Test
	void savesSmallChangesInOneGoAndKeepsEmptyCellsEmpty() throws Exception {
		YearMonth month = YearMonth.of(2030, 3);
		mvc.perform(grid(month).param("lines[0].bhyt", "810").param("lines[1].bhyt", "1.510"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/units/EGD/entry?period=2030-03"));

		assertThat(saved(month)).containsExactlyInAnyOrder(
				new MonthlyCounts(tree.communeA.id(), month, 810L, null, null, null),
				new MonthlyCounts(tree.communeB.id(), month, 1510L, null, null, null));
	}

	@Test
	void aBadCellNamesItsRowAndColumnAndNothingIsSaved() throws Exception {
		YearMonth month = YearMonth.of(2030, 5);
		mvc.perform(grid(month).param("lines[0].bhyt", "900").param("lines[1].bhxhCompulsory", "12a"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dòng 2 (Xã Bé EG), cột BHXH bắt buộc")))
			.andExpect(content().string(containsString("không phải là số người")));
		assertThat(saved(month)).isEmpty();
	}

	@Test
	void aJumpIsSavedOnlyOnceConfirmedWithAComment() throws Exception {
		YearMonth month = YearMonth.of(2030, 7);
		// last month first, then a 25 % jump
		mvc.perform(grid(month.minusMonths(1)).param("lines[0].bhyt", "800")).andExpect(status().isFound());

		mvc.perform(grid(month).param("lines[0].bhyt", "1000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-box\"")))
			.andExpect(content().string(containsString("800 → 1.000")));
		assertThat(saved(month)).isEmpty();

		mvc.perform(grid(month).param("lines[0].bhyt", "1000").param("confirmed", "true")
			.param("comment", "Rà soát lại danh sách hộ gia đình"))
			.andExpect(status().isFound());
		assertThat(saved(month)).extracting(MonthlyCounts::bhyt).containsExactly(1000L);
		assertThat(jdbc.sql("""
				select r.comment from monthly_figures_aud a join revinfo r on r.rev = a.rev
				where a.unit_id = ? and a.period = ? order by r.rev desc limit 1""")
			.params(tree.communeA.id(), java.sql.Date.valueOf(month.atDay(1)))
			.query(String.class)
			.single()).isEqualTo("Rà soát lại danh sách hộ gia đình");
	}

	@Test
	void aCellSavedByAnotherUserMeanwhileIsAConflictAndNothingIsOverwritten() throws Exception {
		YearMonth month = YearMonth.of(2030, 9);
		mvc.perform(grid(month).param("lines[0].bhyt", "800").param("lines[0].bhtn", "90"))
			.andExpect(status().isFound());
		// both open the grid at 800; the other user saves 805 first
		mvc.perform(grid(month, "800", "90").param("lines[0].bhyt", "805").param("lines[0].bhtn", "90"))
			.andExpect(status().isFound());

		mvc.perform(grid(month, "800", "90").param("lines[0].bhyt", "820").param("lines[0].bhtn", "90"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"entry-conflicts\"")))
			.andExpect(content().string(containsString("số đã lưu 805, số bạn nhập 820")));
		assertThat(saved(month)).extracting(MonthlyCounts::bhyt).containsExactly(805L);

		// a cell the other user did not touch merges without a conflict and keeps their 805
		mvc.perform(grid(month, "800", "90").param("lines[0].bhyt", "800").param("lines[0].bhtn", "92"))
			.andExpect(status().isFound());
		assertThat(saved(month)).extracting(MonthlyCounts::bhyt, MonthlyCounts::bhtn).containsExactly(
				org.assertj.core.groups.Tuple.tuple(805L, 92L));
	}

	@Test
	void aClosedMonthRefusesTheGridUntilReopenedWithAReason() throws Exception {
		YearMonth month = YearMonth.of(2030, 11);
		mvc.perform(post("/units/EGD/months/2030-11/close").with(staff).with(csrf())).andExpect(status().isFound());
		assertThat(months.statusOf(tree.communeA, month).closed()).isTrue();

		mvc.perform(grid(month).param("lines[0].bhyt", "800"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"closed-error\"")));
		assertThat(saved(month)).isEmpty();
		mvc.perform(get("/units/EGD/entry").param("period", "2030-11").with(staff))
			.andExpect(content().string(containsString("id=\"month-closed\"")))
			.andExpect(content().string(not(containsString("id=\"save-grid\""))));

		mvc.perform(post("/units/EGD/months/2030-11/reopen").param("reason", "Sửa số xã Ái").with(staff).with(csrf()))
			.andExpect(status().isFound());
		assertThat(months.statusOf(tree.communeA, month).closed()).isFalse();
		assertThat(jdbc.sql("""
				select r.comment from month_closing_aud a join revinfo r on r.rev = a.rev
				where a.unit_id = ? and a.period = ? and a.closed = false""")
			.params(tree.district.id(), java.sql.Date.valueOf(month.atDay(1)))
			.query(String.class)
			.single()).isEqualTo("Sửa số xã Ái");
		mvc.perform(grid(month).param("lines[0].bhyt", "800")).andExpect(status().isFound());
	}

	@Test
	void onlyThoseWhoMayEnterFiguresCanSave() throws Exception {
		YearMonth month = YearMonth.of(2031, 1);
		var leader = user(new SignedInUser("leader-eg", "x", "Lãnh đạo", Role.LEADER, tree.province.id(), true));
		var official = user(new SignedInUser("official-eg", "x", "Huyện", Role.DISTRICT_OFFICIAL, tree.district.id(), true));
		var stranger = user(new SignedInUser("other-eg", "x", "Tỉnh khác", Role.PROVINCIAL_STAFF, -1L, true));

		mvc.perform(get("/units/EGD/entry").param("period", "2031-01").with(leader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"read-only-note\"")));
		mvc.perform(grid(month, leader).param("lines[0].bhyt", "800")).andExpect(status().isForbidden());
		mvc.perform(grid(month, official).param("lines[0].bhyt", "800")).andExpect(status().isForbidden());
		mvc.perform(get("/units/EGD/entry").param("period", "2031-01").with(stranger)).andExpect(status().isForbidden());
		assertThat(saved(month)).isEmpty();
	}

	@Test
	void aDistrictOfficialEntersFiguresOnceTheProvinceAllowsItForTheDistrict() throws Exception {
		YearMonth month = YearMonth.of(2031, 3);
		var official = user(new SignedInUser("official-eg2", "x", "Huyện", Role.DISTRICT_OFFICIAL, tree.district.id(), true));
		mvc.perform(grid(month, official).param("lines[0].bhyt", "800")).andExpect(status().isForbidden());
		jdbc.sql("update administrative_unit set district_entry_allowed = true where id = ?").params(tree.district.id()).update();
		try {
			mvc.perform(grid(month, official).param("lines[0].bhyt", "800")).andExpect(status().isFound());
			assertThat(saved(month)).extracting(MonthlyCounts::bhyt).containsExactly(800L);
		}
		finally {
			jdbc.sql("update administrative_unit set district_entry_allowed = false where id = ?").params(tree.district.id()).update();
		}
	}

	@Test
	void aGridOfMoreThanTwoHundredFiftySixLinesBinds() throws Exception {
		// Spring binds at most 256 list elements unless told otherwise; a province has far more communes.
		mvc.perform(grid(YearMonth.of(2031, 5)).param("lines[0].bhyt", "800").param("lines[900].unitId", "-1"))
			.andExpect(status().isFound());
		assertThat(saved(YearMonth.of(2031, 5))).extracting(MonthlyCounts::bhyt).containsExactly(800L);
	}

	private MockHttpServletRequestBuilder grid(YearMonth month) {
		return grid(month, staff);
	}

	private MockHttpServletRequestBuilder grid(YearMonth month, RequestPostProcessor who) {
		return post("/units/EGD/entry").param("period", month.toString()).with(who).with(csrf())
			.param("lines[0].unitId", String.valueOf(tree.communeA.id()))
			.param("lines[1].unitId", String.valueOf(tree.communeB.id()));
	}

	/** The grid as posted by someone who opened it when A's BHYT and BHTN were these values. */
	private MockHttpServletRequestBuilder grid(YearMonth month, String originalBhyt, String originalBhtn) {
		return grid(month).param("lines[0].originalBhyt", originalBhyt).param("lines[0].originalBhtn", originalBhtn);
	}

	private List<MonthlyCounts> saved(YearMonth month) {
		return figures.find(List.of(tree.communeA.id(), tree.communeB.id()), List.of(month));
	}
}
