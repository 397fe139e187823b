package vn.baophu.target;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.target.SheetForms.Typed;
import vn.baophu.unit.UnitDraft;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The denominators grid: who may open it, Vietnamese numbers, every bad cell named, all or nothing,
 * the labour force helper and the conflict with a save made meanwhile. Rolled back after each test.
 */
@BaophuTest
@Transactional
class DenominatorSheetPageTests {

	static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true));

	static final int YEAR = 2024;

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	TargetService targets;

	@BeforeEach
	void testProvince() {
		units.save(List.of(new UnitDraft(2, "TG1", "Tỉnh Lưới", UnitKind.TINH, null),
				new UnitDraft(3, "TG1D", "Huyện Lưới", UnitKind.HUYEN, "TG1"),
				new UnitDraft(4, "TG1A", "Xã Một", UnitKind.XA, "TG1D"),
				new UnitDraft(5, "TG1B", "Xã Hai", UnitKind.XA, "TG1D")));
		targets.saveDenominators(List.of(new DenominatorValues(id("TG1A"), YEAR, 1000L, 500L, "Cục Thống kê")));
	}

	@Test
	void theCangLongGridHasARowPerCommuneWithItsPopulation() throws Exception {
		String html = mvc.perform(get("/units/844/denominators").param("year", "2023").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Dân số và lực lượng lao động năm 2023"),
					containsString("Thị trấn Càng Long"), containsString("value=\"13737\""),
					containsString("value=\"7006\""))))
			.andReturn().getResponse().getContentAsString();
		assertThat(html.split("name=\"rows\\[\\d+]\\.population\"")).hasSize(15);
	}

	@Test
	void withoutAYearTheNewestYearWithDenominatorsIsShown() throws Exception {
		mvc.perform(get("/units/844/denominators").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*id=\"year\"[^>]*value=\"2023\".*")));
	}

	@Test
	void onlyAdministratorsAndProvincialStaffInsideTheirSubtreeMayOpenIt() throws Exception {
		SignedInUser leader = new SignedInUser("leader", "x", "Lãnh đạo", Role.LEADER, id("844"), true);
		SignedInUser otherStaff = new SignedInUser("staff", "x", "Cán bộ", Role.PROVINCIAL_STAFF, id("TG1"), true);
		mvc.perform(get("/units/844/denominators").with(user(leader))).andExpect(status().isForbidden());
		mvc.perform(SheetForms.denominators("844", 2023, sheet("844", 2023), Map.of()).with(user(leader)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/units/844/denominators").with(user(otherStaff))).andExpect(status().isForbidden());
		mvc.perform(get("/units/TG1/denominators").with(user(otherStaff))).andExpect(status().isOk());
		mvc.perform(get("/units/00000/denominators").with(ADMIN)).andExpect(status().isNotFound());
		mvc.perform(get("/units/844/denominators").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void changedRowsAreSavedWithVietnameseNumbers() throws Exception {
		mvc.perform(SheetForms.denominators("TG1", YEAR, sheet("TG1", YEAR),
				Map.of("TG1B", new Typed("148.806", "", " Niên giám 2024 "))).with(ADMIN))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/units/TG1/denominators?year=2024"))
			.andExpect(flash().attribute("success", "Đã lưu dân số và lực lượng lao động năm 2024: 1 dòng thay đổi."));

		assertThat(sheet("TG1", YEAR)).extracting(row -> row.values().population(), row -> row.values().source())
			.containsExactly(tuple(1000L, "Cục Thống kê"),
					tuple(148806L, "Niên giám 2024"));
	}

	@Test
	void everyBadCellIsNamedByRowUnitAndColumnAndNothingIsSaved() throws Exception {
		mvc.perform(SheetForms.denominators("TG1", YEAR, sheet("TG1", YEAR),
				Map.of("TG1A", new Typed("12,5", "-3", ""), "TG1B", new Typed("abc", "700", ""))).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"sheet-errors\""),
					containsString("Dòng 1 (Xã Một), cột Dân số: &quot;12,5&quot; không phải là số nguyên"),
					containsString("Dòng 1 (Xã Một), cột Lực lượng lao động: &quot;-3&quot; là số âm."),
					containsString("Dòng 2 (Xã Hai), cột Dân số: &quot;abc&quot; không phải là số."),
					// what was typed stays in the grid
					containsString("value=\"12,5\""))));

		assertThat(sheet("TG1", YEAR)).extracting(row -> row.values().population(), row -> row.values().labourForce())
			.containsExactly(tuple(1000L, 500L),
					tuple(null, null));
	}

	@Test
	void theLabourForceIsFilledAsAShareOfPopulationRoundedHalfUpWithoutSaving() throws Exception {
		var opened = sheet("TG1", YEAR);
		mvc.perform(SheetForms.denominators("TG1", YEAR, opened, Map.of("TG1B", new Typed("1.001", "", "")), false)
			.param("sharePercent", "50").param("shareAll", "false").param("derive", "true").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"rows[1].labourForce\" value=\"501\""),
					containsString("name=\"rows[0].labourForce\" value=\"500\""),
					containsString("Đã điền lực lượng lao động bằng 50% dân số cho 1 dòng"))));

		mvc.perform(SheetForms.denominators("TG1", YEAR, opened, Map.of("TG1B", new Typed("1.001", "", "")), false)
			.param("sharePercent", "50,5").param("shareAll", "true").param("derive", "true").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"rows[0].labourForce\" value=\"505\""),
					containsString("name=\"rows[1].labourForce\" value=\"506\""))));

		mvc.perform(SheetForms.denominators("TG1", YEAR, opened, Map.of(), false)
			.param("sharePercent", "120").param("derive", "true").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&quot;120&quot; không phải là tỷ lệ phần trăm lớn hơn 0 và không quá 100.")));

		assertThat(sheet("TG1", YEAR).get(1).values().labourForce()).isNull();
	}

	@Test
	void aRowAnotherUserSavedMeanwhileIsAConflictAndNothingIsSaved() throws Exception {
		List<DenominatorRow> opened = sheet("TG1", YEAR);
		saveAsAnotherUser(opened.get(0), 1100L);

		mvc.perform(SheetForms.denominators("TG1", YEAR, opened,
				Map.of("TG1A", new Typed("1050", "500", "Cục Thống kê"), "TG1B", new Typed("700", "", ""))).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"sheet-conflicts\""),
					containsString("Chưa lưu gì: 1 dòng đã được người khác lưu"), containsString("1.100"),
					containsString("1.050"),
					// saving again now overwrites theirs on purpose: the row stands on their version
					containsString("name=\"rows[0].version\" value=\"" + sheet("TG1", YEAR).get(0).version() + "\""),
					containsString("name=\"rows[0].originalPopulation\" value=\"1100\""))));

		assertThat(sheet("TG1", YEAR)).extracting(row -> row.values().population()).containsExactly(1100L, null);
	}

	@Test
	void aRowOnlyTheOtherUserChangedKeepsTheirValues() throws Exception {
		List<DenominatorRow> opened = sheet("TG1", YEAR);
		saveAsAnotherUser(opened.get(0), 1100L);

		mvc.perform(SheetForms.denominators("TG1", YEAR, opened, Map.of("TG1B", new Typed("700", "", ""))).with(ADMIN))
			.andExpect(status().isFound())
			.andExpect(content().string(not(containsString("sheet-conflicts"))));

		assertThat(sheet("TG1", YEAR)).extracting(row -> row.values().population()).containsExactly(1100L, 700L);
	}

	@Test
	void aZeroOrALabourForceAbovePopulationIsRefusedNamingRowAndColumnAndNothingIsSaved() throws Exception {
		mvc.perform(SheetForms.denominators("TG1", YEAR, sheet("TG1", YEAR),
				Map.of("TG1A", new Typed("1.000", "0", ""), "TG1B", new Typed("700", "800", ""))).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"sheet-errors\""),
					containsString("Dòng 1 (Xã Một), cột Lực lượng lao động: &quot;0&quot; không hợp lệ, phải lớn hơn 0"),
					containsString("Dòng 2 (Xã Hai), cột Lực lượng lao động: &quot;800&quot; lớn hơn dân số."))));
		mvc.perform(SheetForms.denominators("TG1", YEAR, sheet("TG1", YEAR),
				Map.of("TG1B", new Typed("0", "", ""))).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("Dòng 2 (Xã Hai), cột Dân số: &quot;0&quot; không hợp lệ, phải lớn hơn 0")));

		assertThat(sheet("TG1", YEAR)).extracting(row -> row.values().population(), row -> row.values().labourForce())
			.containsExactly(tuple(1000L, 500L), tuple(null, null));
	}

	@Test
	void aLabourForceDerivedAsNoShareOfPopulationIsRefused() throws Exception {
		mvc.perform(SheetForms.denominators("TG1", YEAR, sheet("TG1", YEAR), Map.of(), false)
			.param("sharePercent", "0").param("shareAll", "true").param("derive", "true").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("&quot;0&quot; không phải là tỷ lệ phần trăm lớn hơn 0 và không quá 100."),
					containsString("name=\"rows[0].labourForce\" value=\"500\""))));
	}

	@Test
	void aFormCutShortSavesNothing() throws Exception {
		mvc.perform(SheetForms.denominators("TG1", YEAR, sheet("TG1", YEAR), Map.of("TG1B", new Typed("700", "", "")),
				true).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dữ liệu gửi lên không đầy đủ nên chưa lưu gì")));
		assertThat(sheet("TG1", YEAR).get(1).values().population()).isNull();
	}

	private void saveAsAnotherUser(DenominatorRow row, long population) {
		DenominatorValues theirs = new DenominatorValues(row.unit().id(), YEAR, population, 500L, "Cục Thống kê");
		assertThat(targets.saveDenominatorSheet(units.leavesIn(units.require("TG1"), YEAR), YEAR,
				List.of(new DenominatorEdit(row.version(), row.values(), theirs))).saved()).isTrue();
	}

	private List<DenominatorRow> sheet(String code, int year) {
		return targets.denominatorSheet(units.leavesIn(units.require(code), year), year);
	}

	private long id(String code) {
		return units.require(code).id();
	}
}
