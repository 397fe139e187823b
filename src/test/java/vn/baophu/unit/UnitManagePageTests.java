package vn.baophu.unit;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Keeping units from the unit's manage page: add, rename, move (with the tree's rules), close from a
 * day and the district entry switch; only managers inside their subtree. Rolled back after each test.
 */
@BaophuTest
@Transactional
class UnitManagePageTests {

	static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true));

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@BeforeEach
	void testProvince() {
		// TU1 → TU1D (TU1A, TU1B), TU1E; TU2 another province
		units.save(List.of(new UnitDraft(2, "TU1", "Tỉnh Quản Lý", UnitKind.TINH, null),
				new UnitDraft(3, "TU1D", "Huyện Một", UnitKind.HUYEN, "TU1"),
				new UnitDraft(4, "TU1E", "Huyện Hai", UnitKind.HUYEN, "TU1"),
				new UnitDraft(5, "TU1A", "Xã Một", UnitKind.XA, "TU1D"),
				new UnitDraft(6, "TU1B", "Xã Hai", UnitKind.XA, "TU1D"),
				new UnitDraft(7, "TU2", "Tỉnh Khác", UnitKind.TINH, null),
				new UnitDraft(8, "TU2D", "Huyện Khác", UnitKind.HUYEN, "TU2")));
	}

	@Test
	void renameAndAddOfferTheKindsWithTheirOwnIdsAndOnlyTheNewUnitMustChoose() throws Exception {
		String page = mvc.perform(get("/units/TU1D/manage").with(ADMIN)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String rename = page.substring(page.indexOf("id=\"rename-form\""), page.indexOf("id=\"add-form\""));
		String add = page.substring(page.indexOf("id=\"add-form\""), page.indexOf("id=\"move-form\""));
		assertThat(rename).contains("<label for=\"rename-kind\"", "<select id=\"rename-kind\"", "name=\"kind\"",
				"value=\"HUYEN\" selected=\"selected\"").doesNotContain("<option value=\"\"");
		assertThat(add).contains("<label for=\"add-kind\"", "<select id=\"add-kind\"", "<option value=\"\"");
	}

	@Test
	void theUnitPageLinksToTheManagementPagesOnlyForManagers() throws Exception {
		mvc.perform(get("/units/844").with(ADMIN))
			.andExpect(content().string(allOf(containsString("href=\"/units/844/denominators\""),
					containsString("href=\"/units/844/targets\""), containsString("href=\"/units/844/manage\""))));
		SignedInUser leader = new SignedInUser("leader", "x", "Lãnh đạo", Role.LEADER, units.require("844").id(), true);
		mvc.perform(get("/units/844").with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/units/844/manage"))));
	}

	@Test
	void onlyAdministratorsAndProvincialStaffInsideTheirSubtreeMayManage() throws Exception {
		SignedInUser leader = new SignedInUser("leader", "x", "Lãnh đạo", Role.LEADER, units.require("844").id(), true);
		SignedInUser staff = staffOf("TU1");
		mvc.perform(get("/units/844/manage").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Quản lý: Huyện Càng Long"), containsString("Tỉnh Trà Vinh (84)"),
					containsString("id=\"entry-form\""))));
		mvc.perform(get("/units/844/manage").with(user(leader))).andExpect(status().isForbidden());
		mvc.perform(post("/units/844/manage/close").with(csrf()).with(user(leader)).param("closedFrom", "2025-07-01"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/units/844/manage").with(user(staff))).andExpect(status().isForbidden());
		mvc.perform(get("/units/TU1D/manage").with(user(staff))).andExpect(status().isOk());
		mvc.perform(get("/units/00000/manage").with(ADMIN)).andExpect(status().isNotFound());
		assertThat(units.require("844").closedFrom()).isNull();
	}

	@Test
	void aChildIsAddedWithItsLevelFollowingFromTheParent() throws Exception {
		mvc.perform(post("/units/TU1D/manage/children").with(csrf()).with(ADMIN)
				.param("code", " TU1C ").param("name", "Thị trấn Ba").param("kind", "THI_TRAN"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/units/TU1D/manage"))
			.andExpect(flash().attribute("success", "Đã thêm đơn vị TU1C – Thị trấn Ba."));

		UnitRef added = units.require("TU1C");
		assertThat(added.level()).isEqualTo(UnitLevel.COMMUNE);
		assertThat(added.path()).startsWith(units.require("TU1D").path());
	}

	@Test
	void aChildWithATakenCodeOrAnImpossibleKindIsRefused() throws Exception {
		mvc.perform(post("/units/TU1D/manage/children").with(csrf()).with(ADMIN)
				.param("code", "TU1A").param("name", "Xã Trùng").param("kind", "XA"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã có đơn vị mã &quot;TU1A&quot;.")));
		mvc.perform(post("/units/TU1D/manage/children").with(csrf()).with(ADMIN)
				.param("code", "TU1X").param("name", "").param("kind", "HUYEN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa nhập tên đơn vị.")));
		mvc.perform(post("/units/TU1D/manage/children").with(csrf()).with(ADMIN)
				.param("code", "TU1X").param("name", "Huyện Trong Huyện").param("kind", "HUYEN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("loại đơn vị này không thể nằm dưới đơn vị &quot;TU1D&quot;.")));
		assertThat(units.findByCode("TU1X")).isEmpty();
	}

	@Test
	void renamingKeepsThePlaceInTheTree() throws Exception {
		mvc.perform(post("/units/TU1A/manage/rename").with(csrf()).with(ADMIN)
				.param("name", "Phường Một").param("kind", "PHUONG"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "Đã đổi tên đơn vị thành Phường Một."));

		UnitRef renamed = units.require("TU1A");
		assertThat(renamed.name()).isEqualTo("Phường Một");
		assertThat(renamed.kind()).isEqualTo(UnitKind.PHUONG);
		assertThat(renamed.parentId()).isEqualTo(units.require("TU1D").id());
	}

	@Test
	void aMovedDistrictTakesItsCommunesAlong() throws Exception {
		mvc.perform(post("/units/TU1D/manage/move").with(csrf()).with(ADMIN).param("parentCode", "TU2"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "Đã chuyển đơn vị sang đơn vị cấp trên mã TU2."));

		String province = units.require("TU2").path();
		assertThat(units.require("TU1D").path()).startsWith(province);
		assertThat(units.require("TU1A").path()).startsWith(province);
		assertThat(units.leavesIn(units.require("TU2"), 2025)).extracting(UnitRef::code)
			.containsExactly("TU1A", "TU1B", "TU2D");
	}

	@Test
	void aMoveIntoItsOwnSubtreeOrUnderAnUnknownOrUnfitParentIsRefused() throws Exception {
		mvc.perform(post("/units/TU1D/manage/move").with(csrf()).with(ADMIN).param("parentCode", "TU1A"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không thể chuyển vào đơn vị &quot;TU1A&quot;")));
		mvc.perform(post("/units/TU1D/manage/move").with(csrf()).with(ADMIN).param("parentCode", "NOPE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không có đơn vị cấp trên mã &quot;NOPE&quot;")));
		mvc.perform(post("/units/TU1A/manage/move").with(csrf()).with(ADMIN).param("parentCode", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không phải là tỉnh nên phải có mã đơn vị cấp trên")));
		assertThat(units.require("TU1A").parentId()).isEqualTo(units.require("TU1D").id());
	}

	@Test
	void staffMayNotMoveAUnitIntoAnotherProvince() throws Exception {
		mvc.perform(post("/units/TU1A/manage/move").with(csrf()).with(user(staffOf("TU1"))).param("parentCode", "TU2D"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/units/TU1A/manage/move").with(csrf()).with(user(staffOf("TU1"))).param("parentCode", "TU1E"))
			.andExpect(status().isFound());
		assertThat(units.require("TU1A").parentId()).isEqualTo(units.require("TU1E").id());
	}

	@Test
	void onlyAnAdministratorOfTheWholeTreeMovesAUnitToTheRoot() throws Exception {
		units.save(List.of(new UnitDraft(2, "TU1C", "Thành phố Một", UnitKind.THANH_PHO, "TU1")));
		long province = units.require("TU1").id();

		// a district-level city could stand at the root as a city of the centre: not for provincial staff
		mvc.perform(post("/units/TU1C/manage/move").with(csrf()).with(user(staffOf("TU1"))).param("parentCode", ""))
			.andExpect(status().isForbidden());
		assertThat(units.require("TU1C").parentId()).isEqualTo(province);
		// nor for an administrator tied to the province
		SignedInUser provinceAdmin = new SignedInUser("qt-tu1", "x", "Quản trị tỉnh", Role.ADMINISTRATOR, province, true);
		mvc.perform(post("/units/TU1C/manage/move").with(csrf()).with(user(provinceAdmin)).param("parentCode", ""))
			.andExpect(status().isForbidden());
		assertThat(units.require("TU1C").parentId()).isEqualTo(province);

		mvc.perform(post("/units/TU1C/manage/move").with(csrf()).with(ADMIN).param("parentCode", ""))
			.andExpect(status().isFound());
		assertThat(units.require("TU1C").parentId()).isNull();
		mvc.perform(post("/units/TU1C/manage/move").with(csrf()).with(ADMIN).param("parentCode", "TU1"))
			.andExpect(status().isFound());
		assertThat(units.require("TU1C").parentId()).isEqualTo(province);
	}

	@Test
	void staffMayNotRenameTheProvinceAtTheRootOfTheirScope() throws Exception {
		mvc.perform(post("/units/TU1/manage/rename").with(csrf()).with(user(staffOf("TU1")))
			.param("name", "Tỉnh Đổi Tên")
			.param("kind", "TINH"))
			.andExpect(status().isForbidden());
		assertThat(units.require("TU1").name()).isEqualTo("Tỉnh Quản Lý");
		// inside the province renaming is theirs
		mvc.perform(post("/units/TU1E/manage/rename").with(csrf()).with(user(staffOf("TU1")))
			.param("name", "Huyện Hai Mới")
			.param("kind", "HUYEN"))
			.andExpect(status().isFound());
		assertThat(units.require("TU1E").name()).isEqualTo("Huyện Hai Mới");
	}

	@Test
	void aClosedUnitLeavesTheGridsOfLaterYearsAndCanBeReopened() throws Exception {
		mvc.perform(post("/units/TU1B/manage/close").with(csrf()).with(ADMIN).param("closedFrom", "2025-07-01"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "Đơn vị ngừng hoạt động từ ngày 01/07/2025."));

		assertThat(units.require("TU1B").closedFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		UnitRef district = units.require("TU1D");
		assertThat(units.leavesIn(district, 2025)).extracting(UnitRef::code).containsExactly("TU1A", "TU1B");
		assertThat(units.leavesIn(district, 2026)).extracting(UnitRef::code).containsExactly("TU1A");
		mvc.perform(get("/units/TU1B/manage").with(ADMIN))
			.andExpect(content().string(containsString("Ngừng hoạt động từ ngày 01/07/2025")));

		mvc.perform(post("/units/TU1B/manage/close").with(csrf()).with(ADMIN).param("closedFrom", ""))
			.andExpect(flash().attribute("success", "Đơn vị đang hoạt động trở lại."));
		assertThat(units.require("TU1B").closedFrom()).isNull();
	}

	@Test
	void aDistrictMayLetItsOfficialsEnterFigures() throws Exception {
		mvc.perform(post("/units/TU1D/manage/district-entry").with(csrf()).with(ADMIN).param("allowed", "true"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "Cán bộ cấp huyện được phép nhập số liệu của các xã thuộc huyện."));
		assertThat(units.require("TU1D").districtEntryAllowed()).isTrue();

		mvc.perform(post("/units/TU1D/manage/district-entry").with(csrf()).with(ADMIN).param("_allowed", "on"))
			.andExpect(status().isFound());
		assertThat(units.require("TU1D").districtEntryAllowed()).isFalse();

		mvc.perform(post("/units/TU1A/manage/district-entry").with(csrf()).with(ADMIN).param("allowed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đơn vị &quot;TU1A&quot; không phải là đơn vị cấp huyện.")));
		assertThat(units.require("TU1A").districtEntryAllowed()).isFalse();
	}

	private SignedInUser staffOf(String code) {
		return new SignedInUser("staff", "x", "Cán bộ tỉnh", Role.PROVINCIAL_STAFF, units.require(code).id(), true);
	}
}
