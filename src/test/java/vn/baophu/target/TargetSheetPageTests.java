package vn.baophu.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.shared.Indicator;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitDraft;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The targets grid: the unit and its children × the four rates and the decision; both decimal
 * separators, bad rates named, an empty cell removes a target, the conflict rule. Rolled back after each test.
 */
@BaophuTest
@Transactional
class TargetSheetPageTests {

	static final RequestPostProcessor ADMIN = DenominatorSheetPageTests.ADMIN;

	static final int YEAR = 2024;

	static final String DECISION = "Quyết định 12/QĐ-UBND";

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	TargetService targets;

	@BeforeEach
	void testProvince() {
		units.save(List.of(new UnitDraft(2, "TT1", "Tỉnh Chỉ Tiêu", UnitKind.TINH, null),
				new UnitDraft(3, "TT1A", "Xã Một", UnitKind.XA, "TT1"),
				new UnitDraft(4, "TT1B", "Phường Hai", UnitKind.PHUONG, "TT1")));
		targets.saveTargets(List.of(new TargetValue(id("TT1"), YEAR, Indicator.BHYT, new BigDecimal("95.00"), DECISION),
				new TargetValue(id("TT1A"), YEAR, Indicator.BHYT, new BigDecimal("93.5"), DECISION),
				new TargetValue(id("TT1A"), YEAR, Indicator.BHTN, new BigDecimal("6.1725"), DECISION)));
	}

	@Test
	void theCangLongGridShowsTheDistrictFirstThenItsCommunesWithEveryDecimal() throws Exception {
		mvc.perform(get("/units/844/targets").param("year", "2023").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chỉ tiêu giao năm 2023"),
					containsString("name=\"rows[0].bhyt\" value=\"95,00\""),
					containsString("name=\"rows[0].bhxh\" value=\"22,69\""),
					containsString("name=\"rows[0].decision\" value=\"Kế hoạch 295/KH-BCĐ ng"),
					containsString("(toàn đơn vị)"), containsString("Thị trấn Càng Long"))));
		mvc.perform(get("/units/TT1/targets").param("year", "2024").param("lang", "en").with(ADMIN))
			.andExpect(content().string(containsString("name=\"rows[1].bhtn\" value=\"6.1725\"")));
	}

	@Test
	void onlyAdministratorsAndProvincialStaffInsideTheirSubtreeMayOpenIt() throws Exception {
		SignedInUser leader = new SignedInUser("leader", "x", "Lãnh đạo", Role.LEADER, id("844"), true);
		SignedInUser otherStaff = new SignedInUser("staff", "x", "Cán bộ", Role.PROVINCIAL_STAFF, id("TT1"), true);
		mvc.perform(get("/units/844/targets").with(user(leader))).andExpect(status().isForbidden());
		mvc.perform(SheetForms.targets("844", 2023, sheet("844", 2023), Map.of()).with(user(leader)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/units/844/targets").with(user(otherStaff))).andExpect(status().isForbidden());
		mvc.perform(get("/units/TT1/targets").with(user(otherStaff))).andExpect(status().isOk());
		mvc.perform(get("/units/00000/targets").with(ADMIN)).andExpect(status().isNotFound());
	}

	@Test
	void ratesWithEitherSeparatorAreSavedAndAnEmptyCellRemovesTheTarget() throws Exception {
		mvc.perform(SheetForms.targets("TT1", YEAR, sheet("TT1", YEAR),
				Map.of("TT1A", List.of("94,5", "22.69", "", "", DECISION),
						"TT1B", List.of("95,00%", "", "", "15.66", "KH 3"))).with(ADMIN))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/units/TT1/targets?year=2024"))
			.andExpect(flash().attribute("success", "Đã lưu chỉ tiêu năm 2024: 2 dòng thay đổi."));

		List<TargetRow> saved = sheet("TT1", YEAR);
		RowTargets a = saved.get(1).targets();
		assertThat(a.bhyt()).isEqualByComparingTo("94.5");
		assertThat(a.bhxh()).isEqualByComparingTo("22.69");
		assertThat(a.bhtn()).isNull();
		assertThat(saved.get(1).versions().get(Indicator.BHTN)).isEqualTo(DenominatorRow.NOT_SAVED);
		assertThat(saved.get(2).targets()).satisfies(b -> {
			assertThat(b.bhyt()).isEqualByComparingTo("95");
			assertThat(b.bhtn()).isEqualByComparingTo("15.66");
			assertThat(b.decision()).isEqualTo("KH 3");
		});
		assertThat(saved.get(0).targets().bhyt()).isEqualByComparingTo("95");
	}

	@Test
	void badRatesAreNamedByRowUnitAndColumnAndNothingIsSaved() throws Exception {
		mvc.perform(SheetForms.targets("TT1", YEAR, sheet("TT1", YEAR),
				Map.of("TT1A", List.of("101", "-1", "abc", "6,17255", DECISION),
						"TT1B", List.of("90", "", "", "", ""))).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("Dòng 2 (Xã Một), cột BHYT (%): tỷ lệ &quot;101&quot; lớn hơn 100%."),
					containsString("Dòng 2 (Xã Một), cột BHXH (%): &quot;-1&quot; là số âm."),
					containsString("Dòng 2 (Xã Một), cột BHXH tự nguyện (%): &quot;abc&quot; không phải là số."),
					containsString("Dòng 2 (Xã Một), cột BHTN (%): &quot;6,17255&quot; có quá 4 chữ số thập phân."))));

		assertThat(sheet("TT1", YEAR).get(2).targets()).isEqualTo(RowTargets.NONE);
	}

	@Test
	void aRowAnotherUserSavedMeanwhileIsAConflictAndNothingIsSaved() throws Exception {
		List<TargetRow> opened = sheet("TT1", YEAR);
		TargetRow a = opened.get(1);
		RowTargets theirs = new RowTargets(new BigDecimal("92"), null, null, a.targets().bhtn(), DECISION);
		assertThat(targets.saveTargetSheet(rows("TT1"), YEAR,
				List.of(new TargetEdit(a.unit().id(), a.versions(), a.targets(), theirs))).saved()).isTrue();

		mvc.perform(SheetForms.targets("TT1", YEAR, opened,
				Map.of("TT1A", List.of("96", "", "", "6,1725", DECISION), "TT1B", List.of("90", "", "", "", ""))).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"sheet-conflicts\""),
					containsString("Chưa lưu gì: 1 dòng đã được người khác lưu"), containsString("92,00%"),
					containsString("96,00%"), containsString("name=\"rows[1].originalBhyt\" value=\"92"))));

		List<TargetRow> now = sheet("TT1", YEAR);
		assertThat(now.get(1).targets().bhyt()).isEqualByComparingTo("92");
		assertThat(now.get(2).targets()).isEqualTo(RowTargets.NONE);
	}

	private List<UnitRef> rows(String code) {
		UnitRef unit = units.require(code);
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(unit), units.childrenIn(unit, YEAR).stream())
			.toList();
	}

	private List<TargetRow> sheet(String code, int year) {
		UnitRef unit = units.require(code);
		List<UnitRef> rows = new java.util.ArrayList<>(List.of(unit));
		rows.addAll(units.childrenIn(unit, year));
		return targets.targetSheet(rows, year);
	}

	private long id(String code) {
		return units.require(code).id();
	}
}
