package vn.baophu.user;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The user administration pages: who may use them, what each administrator sees, the form's errors.
 * Every request commits, as in the application; each test makes users with names of its own.
 */
@BaophuTest
class UserAdminPageTests {

	private static final String PASSWORD = "mat-khau-du-dai";

	private static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	UnitService units;

	@Test
	void theAdministratorListsEveryUserWithRoleUnitAndState() throws Exception {
		String official = create(Role.DISTRICT_OFFICIAL, "844");
		mvc.perform(get("/admin/users").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(view().name("user/list"))
			.andExpect(content().string(containsString("data-username=\"admin\"")))
			.andExpect(content().string(containsString("data-username=\"" + official + "\"")))
			.andExpect(content().string(containsString("Cán bộ cấp huyện")))
			.andExpect(content().string(containsString("844 – Huyện Càng Long")))
			.andExpect(content().string(containsString("Toàn bộ cây đơn vị")))
			.andExpect(content().string(containsString("href=\"/admin/users/" + official + "/edit\"")));
		mvc.perform(get("/admin/users/new").with(ADMIN)).andExpect(status().isOk()).andExpect(view().name("user/new"));
		mvc.perform(get("/admin/users/" + official + "/edit").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"844\"")));
	}

	@Test
	void everyOtherRoleIsRefusedEveryPageAndAction() throws Exception {
		long district = unitId("844");
		String target = create(Role.LEADER, "29266");
		for (Role role : new Role[] { Role.PROVINCIAL_STAFF, Role.DISTRICT_OFFICIAL, Role.LEADER }) {
			RequestPostProcessor other = user(new SignedInUser("someone", "x", "Ai đó", role, district, true));
			for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] { get("/admin/users"),
					get("/admin/users/new"), get("/admin/users/" + target + "/edit"),
					post("/admin/users").param("username", "khach").with(csrf()),
					post("/admin/users/" + target + "/edit").param("displayName", "X").with(csrf()),
					post("/admin/users/" + target + "/password").with(csrf()),
					post("/admin/users/" + target + "/unlock").with(csrf()) }) {
				mvc.perform(request.with(other)).andExpect(status().isForbidden());
			}
		}
		assertThat(users.find(target).orElseThrow().displayName()).isEqualTo("Người dùng thử");
		mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anAdministratorOfADistrictManagesOnlyUsersInsideIt() throws Exception {
		String inDistrict = create(Role.DISTRICT_OFFICIAL, "844");
		String inCommune = create(Role.LEADER, "29266");
		String inProvince = create(Role.PROVINCIAL_STAFF, "84");
		RequestPostProcessor districtAdmin = user(
				new SignedInUser("qt844", "x", "Quản trị huyện", Role.ADMINISTRATOR, unitId("844"), true));

		mvc.perform(get("/admin/users").with(districtAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-username=\"" + inDistrict + "\"")))
			.andExpect(content().string(containsString("data-username=\"" + inCommune + "\"")))
			.andExpect(content().string(not(containsString("data-username=\"" + inProvince + "\""))))
			.andExpect(content().string(not(containsString("data-username=\"admin\""))));
		mvc.perform(get("/admin/users/" + inCommune + "/edit").with(districtAdmin)).andExpect(status().isOk());
		mvc.perform(get("/admin/users/" + inProvince + "/edit").with(districtAdmin)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users/admin/edit").with(districtAdmin)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/" + inProvince + "/unlock").with(districtAdmin).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/" + inProvince + "/password").param("password", PASSWORD)
			.param("repeatPassword", PASSWORD).with(districtAdmin).with(csrf())).andExpect(status().isForbidden());

		// nor can they create users outside, or administrators of the whole tree
		String ngoaiPhamVi = uniqueName();
		String qtToanCay = uniqueName();
		String canBoXa = uniqueName();
		mvc.perform(newUser(ngoaiPhamVi, Role.LEADER, "84").with(districtAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã đơn vị: đơn vị 84 nằm ngoài phạm vi bạn quản lý.")));
		mvc.perform(newUser(qtToanCay, Role.ADMINISTRATOR, "").with(districtAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã đơn vị: hãy nhập mã một đơn vị trong phạm vi bạn quản lý.")));
		assertThat(users.exists(ngoaiPhamVi)).isFalse();
		assertThat(users.exists(qtToanCay)).isFalse();
		mvc.perform(newUser(canBoXa, Role.DISTRICT_OFFICIAL, "29266").with(districtAdmin))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(users.find(canBoXa).orElseThrow().unitCode()).isEqualTo("29266");
	}

	@Test
	void aNewUserFormWithMistakesIsShownAgainWithVietnameseMessagesNamingTheField() throws Exception {
		mvc.perform(post("/admin/users").with(ADMIN).with(csrf())
			.param("username", "").param("displayName", " ").param("unitCode", "").param("password", "ngan")
			.param("repeatPassword", "khac"))
			.andExpect(status().isOk())
			.andExpect(view().name("user/new"))
			.andExpect(content().string(containsString("Tên đăng nhập: hãy nhập tên đăng nhập.")))
			.andExpect(content().string(containsString("Họ và tên: hãy nhập họ và tên.")))
			.andExpect(content().string(containsString("Vai trò: hãy chọn vai trò.")))
			.andExpect(content().string(containsString("Mật khẩu: cần ít nhất 10 ký tự.")))
			.andExpect(content().string(containsString("Nhập lại mật khẩu: không khớp với mật khẩu mới.")));

		mvc.perform(newUser("Có Dấu", Role.LEADER, "844").with(ADMIN))
			.andExpect(content().string(containsString("Tên đăng nhập: từ 3 đến 50 ký tự")));
		mvc.perform(newUser("admin", Role.LEADER, "844").with(ADMIN))
			.andExpect(content().string(containsString("Tên đăng nhập: tên admin đã có người dùng.")));
		String khongDonVi = uniqueName();
		String saiMa = uniqueName();
		mvc.perform(newUser(khongDonVi, Role.DISTRICT_OFFICIAL, "").with(ADMIN))
			.andExpect(content().string(containsString("Mã đơn vị: vai trò này phải gắn với một đơn vị")));
		mvc.perform(newUser(saiMa, Role.DISTRICT_OFFICIAL, "99999").with(ADMIN))
			.andExpect(content().string(containsString("Mã đơn vị: không có đơn vị nào mã 99999.")))
			// what was typed stays in the form
			.andExpect(content().string(containsString("value=\"" + saiMa + "\"")));
		assertThat(users.exists(khongDonVi)).isFalse();
		assertThat(users.exists(saiMa)).isFalse();
	}

	@Test
	void aValidNewUserIsCreatedAndListedWithAMessage() throws Exception {
		String nguyenVanA = uniqueName();
		String qtTinh = uniqueName();
		mvc.perform(newUser(nguyenVanA, Role.DISTRICT_OFFICIAL, "844").with(ADMIN))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("success", "Đã tạo người dùng " + nguyenVanA + "."));
		UserRow created = users.find(nguyenVanA).orElseThrow();
		assertThat(created.role()).isEqualTo(Role.DISTRICT_OFFICIAL);
		assertThat(created.unitCode()).isEqualTo("844");
		assertThat(created.enabled()).isTrue();
		assertThat(users.loadUserByUsername(nguyenVanA).getPassword()).doesNotContain(PASSWORD);
		// an administrator of the whole tree needs no unit
		mvc.perform(newUser(qtTinh, Role.ADMINISTRATOR, "").with(ADMIN)).andExpect(redirectedUrl("/admin/users"));
		assertThat(users.find(qtTinh).orElseThrow().unitId()).isNull();
	}

	@Test
	void editingChangesRoleUnitAndEnabled() throws Exception {
		String name = create(Role.DISTRICT_OFFICIAL, "844");
		mvc.perform(edit(name, "Trần Thị B", Role.LEADER, "29266", false).with(ADMIN))
			.andExpect(redirectedUrl("/admin/users/" + name + "/edit"))
			.andExpect(flash().attribute("success", "Đã lưu thay đổi của người dùng " + name + "."));
		UserRow changed = users.find(name).orElseThrow();
		assertThat(changed.displayName()).isEqualTo("Trần Thị B");
		assertThat(changed.role()).isEqualTo(Role.LEADER);
		assertThat(changed.unitCode()).isEqualTo("29266");
		assertThat(changed.enabled()).isFalse();
		assertThat(users.loadUserByUsername(name).isEnabled()).isFalse();

		mvc.perform(edit(name, "", Role.DISTRICT_OFFICIAL, "", true).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Họ và tên: hãy nhập họ và tên.")))
			.andExpect(content().string(containsString("Mã đơn vị: vai trò này phải gắn với một đơn vị")));
	}

	@Test
	void aFormLoadedBeforeSomeoneElseSavedChangesNothing() throws Exception {
		String name = create(Role.LEADER, "844");
		long shown = users.find(name).orElseThrow().version();
		mvc.perform(edit(name, "Người sửa trước", Role.LEADER, "844", true).with(ADMIN))
			.andExpect(redirectedUrl("/admin/users/" + name + "/edit"));
		mvc.perform(post("/admin/users/" + name + "/edit").with(ADMIN).with(csrf()).param("displayName", "Người sửa sau")
			.param("role", "LEADER").param("unitCode", "844").param("enabled", "true")
			.param("version", String.valueOf(shown)))
			.andExpect(redirectedUrl("/admin/users/" + name + "/edit"))
			.andExpect(flash().attribute("error", containsString("vừa được người khác sửa")));
		assertThat(users.find(name).orElseThrow().displayName()).isEqualTo("Người sửa trước");
	}

	@Test
	void anAdministratorCannotDisableOrDemoteTheirOwnAccount() throws Exception {
		mvc.perform(edit("admin", "Quản trị", Role.LEADER, "844", true).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vai trò: bạn không thể tự bỏ quyền quản trị của chính mình.")));
		mvc.perform(edit("admin", "Quản trị", Role.ADMINISTRATOR, "", false).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đang hoạt động: bạn không thể tự khóa tài khoản của chính mình.")));
		UserRow admin = users.find("admin").orElseThrow();
		assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
		assertThat(admin.enabled()).isTrue();
		// another administrator may
		String other = create(Role.ADMINISTRATOR, "84");
		mvc.perform(edit(other, "Quản trị khác", Role.LEADER, "84", false).with(ADMIN))
			.andExpect(redirectedUrl("/admin/users/" + other + "/edit"));
		assertThat(users.find(other).orElseThrow().role()).isEqualTo(Role.LEADER);
	}

	@Test
	void anAdministratorSetsANewPassword() throws Exception {
		String name = create(Role.LEADER, "844");
		mvc.perform(post("/admin/users/" + name + "/password").with(ADMIN).with(csrf()).param("password", "ngan")
			.param("repeatPassword", "ngan"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu: cần ít nhất 10 ký tự.")));
		String newPassword = "mot-mat-khau-moi";
		mvc.perform(post("/admin/users/" + name + "/password").with(ADMIN).with(csrf()).param("password", newPassword)
			.param("repeatPassword", newPassword))
			.andExpect(redirectedUrl("/admin/users/" + name + "/edit"))
			.andExpect(flash().attribute("success", "Đã đặt mật khẩu mới cho người dùng " + name + "."));
		assertThat(users.changeOwnPassword(name, newPassword, newPassword)).isTrue();
	}

	@Test
	void unknownUsersAreNotFound() throws Exception {
		mvc.perform(get("/admin/users/khong-co-ai/edit").with(ADMIN)).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder newUser(String username, Role role, String unitCode) {
		return post("/admin/users").with(csrf())
			.param("username", username)
			.param("displayName", "Nguyễn Văn A")
			.param("role", role.name())
			.param("unitCode", unitCode)
			.param("password", PASSWORD)
			.param("repeatPassword", PASSWORD);
	}

	private MockHttpServletRequestBuilder edit(String username, String displayName, Role role, String unitCode,
			boolean enabled) {
		return post("/admin/users/" + username + "/edit").with(csrf())
			.param("displayName", displayName)
			.param("role", role.name())
			.param("unitCode", unitCode)
			.param(enabled ? "enabled" : "_enabled", enabled ? "true" : "on")
			.param("version", String.valueOf(users.find(username).orElseThrow().version()));
	}

	private String create(Role role, String unitCode) {
		String name = uniqueName();
		users.create(name, PASSWORD, "Người dùng thử", role, unitId(unitCode));
		return name;
	}

	static String uniqueName() {
		return vn.baophu.support.TestUsers.uniqueName();
	}

	private long unitId(String code) {
		return units.findByCode(code).orElseThrow().id();
	}
}
