package vn.baophu.user;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /api/v1/admin/users: the page's rules over JSON. Every request commits; each test makes users
 * with names of its own and reads what was saved back from the database.
 */
@BaophuTest
class UserApiTests {

	private static final String PASSWORD = "mat-khau-du-dai";
	private static final String USERS = "/api/v1/admin/users";

	private static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	UnitService units;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorCreatesAUserWhoCanThenSignIn() throws Exception {
		String name = UserAdminPageTests.uniqueName();
		mvc.perform(post(USERS).with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
			.content(newUser(name, "Nguyễn Văn A", PASSWORD, "DISTRICT_OFFICIAL", "844")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "http://localhost" + USERS + "/" + name))
			.andExpect(jsonPath("$.username").value(name))
			.andExpect(jsonPath("$.fullName").value("Nguyễn Văn A"))
			.andExpect(jsonPath("$.role").value("DISTRICT_OFFICIAL"))
			.andExpect(jsonPath("$.unitCode").value("844"))
			.andExpect(jsonPath("$.unitName").value("Huyện Càng Long"))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.password").doesNotExist())
			.andExpect(jsonPath("$.passwordHash").doesNotExist())
			.andExpect(content().string(not(containsString("bcrypt"))));

		UserRow saved = users.find(name).orElseThrow();
		assertThat(saved.displayName()).isEqualTo("Nguyễn Văn A");
		assertThat(saved.role()).isEqualTo(Role.DISTRICT_OFFICIAL);
		assertThat(saved.unitCode()).isEqualTo("844");
		assertThat(saved.enabled()).isTrue();
		mvc.perform(get("/api/v1/me").with(httpBasic(name, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("DISTRICT_OFFICIAL"))
			.andExpect(jsonPath("$.unitCode").value("844"));
		// through JPA, so the audit trail names who created the user
		assertThat(jdbc.sql("""
				select r.username from app_user_aud a join revinfo r on r.rev = a.rev
				where a.username = ? and a.revtype = 0""").param(name).query(String.class).list())
			.containsExactly("admin");
		mvc.perform(get(USERS + "/" + name).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCode").value("844"))
			.andExpect(content().string(not(containsString("bcrypt"))));
	}

	@Test
	void aRoleMayBeGivenByItsVietnameseNameAndAWholeTreeAdministratorNeedsNoUnit() throws Exception {
		String leader = UserAdminPageTests.uniqueName();
		String admin = UserAdminPageTests.uniqueName();
		create(newUser(leader, "Lê Thị L", PASSWORD, "Lãnh đạo Ban Chỉ đạo", "29266")).andExpect(status().isCreated());
		create(newUser(admin, "Quản trị tỉnh", PASSWORD, "administrator", "")).andExpect(status().isCreated());

		assertThat(users.find(leader).orElseThrow().role()).isEqualTo(Role.LEADER);
		assertThat(users.find(leader).orElseThrow().unitCode()).isEqualTo("29266");
		assertThat(users.find(admin).orElseThrow().role()).isEqualTo(Role.ADMINISTRATOR);
		assertThat(users.find(admin).orElseThrow().unitId()).isNull();
	}

	@Test
	void badInputIs422NamingEveryFieldInVietnameseAndSavesNothing() throws Exception {
		String name = UserAdminPageTests.uniqueName();
		create(newUser("Có Dấu", " ", "ngan", "", "")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("username", "fullName", "password", "role")))
			.andExpect(jsonPath("$.errors[?(@.field == 'password')].message").value("Mật khẩu: cần ít nhất 10 ký tự."))
			.andExpect(jsonPath("$.errors[?(@.field == 'fullName')].message").value("Họ và tên: hãy nhập họ và tên."))
			.andExpect(jsonPath("$.errors[?(@.field == 'role')].message").value("Vai trò: hãy chọn vai trò."));
		create(newUser(name, "Tên", PASSWORD, "THU_KHO", "844")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("role"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("\"THU_KHO\" không phải là vai trò")));
		create(newUser(name, "Tên", PASSWORD, "LEADER", "")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("vai trò này phải gắn với một đơn vị")));
		create(newUser(name, "Tên", PASSWORD, "LEADER", "99999")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Mã đơn vị: không có đơn vị nào mã 99999."));
		mvc.perform(post(USERS).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("{\"username\": "))
			.andExpect(status().isBadRequest());

		assertThat(users.exists(name)).isFalse();
	}

	@Test
	void aTakenNameIs409AndChangesNothing() throws Exception {
		String name = UserAdminPageTests.uniqueName();
		users.create(name, PASSWORD, "Người có trước", Role.LEADER, unitId("844"));
		create(newUser(name, "Người đến sau", "mot-mat-khau-khac", "PROVINCIAL_STAFF", "84"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.errors[0].message").value("Tên đăng nhập: tên " + name + " đã có người dùng."));

		UserRow kept = users.find(name).orElseThrow();
		assertThat(kept.displayName()).isEqualTo("Người có trước");
		assertThat(kept.role()).isEqualTo(Role.LEADER);
		mvc.perform(get("/api/v1/me").with(httpBasic(name, PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void patchChangesOnlyTheFieldsGiven() throws Exception {
		String name = created(Role.DISTRICT_OFFICIAL, "844");
		change(name, "{\"role\": \"LEADER\", \"unitCode\": \"29266\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("LEADER"))
			.andExpect(jsonPath("$.unitCode").value("29266"));
		UserRow moved = users.find(name).orElseThrow();
		assertThat(moved.role()).isEqualTo(Role.LEADER);
		assertThat(moved.unitCode()).isEqualTo("29266");
		assertThat(moved.displayName()).isEqualTo("Người dùng thử");
		assertThat(moved.enabled()).isTrue();

		change(name, "{\"enabled\": false}").andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
		UserRow disabled = users.find(name).orElseThrow();
		assertThat(disabled.enabled()).isFalse();
		assertThat(disabled.role()).isEqualTo(Role.LEADER);
		assertThat(disabled.unitCode()).isEqualTo("29266");
		mvc.perform(get("/api/v1/me").with(httpBasic(name, PASSWORD))).andExpect(status().isUnauthorized());

		change(name, "{\"enabled\": true, \"fullName\": \"Trần Văn T\"}").andExpect(status().isOk());
		assertThat(users.find(name).orElseThrow().displayName()).isEqualTo("Trần Văn T");
		mvc.perform(get("/api/v1/me").with(httpBasic(name, PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void aNewPasswordByPatchFollowsThePasswordRules() throws Exception {
		String name = created(Role.LEADER, "844");
		change(name, "{\"password\": \"ngan\", \"role\": \"PROVINCIAL_STAFF\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("Mật khẩu: cần ít nhất 10 ký tự."));
		// nothing of a refused change is saved
		assertThat(users.find(name).orElseThrow().role()).isEqualTo(Role.LEADER);
		mvc.perform(get("/api/v1/me").with(httpBasic(name, PASSWORD))).andExpect(status().isOk());

		change(name, "{\"password\": \"mot-mat-khau-moi\"}").andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").with(httpBasic(name, "mot-mat-khau-moi"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").with(httpBasic(name, PASSWORD))).andExpect(status().isUnauthorized());
		assertThat(users.find(name).orElseThrow().role()).isEqualTo(Role.LEADER);
	}

	@Test
	void anAdministratorMayNotDemoteOrDisableThemselves() throws Exception {
		String self = created(Role.ADMINISTRATOR, "84");
		RequestPostProcessor asSelf = httpBasic(self, PASSWORD);
		mvc.perform(patch(USERS + "/" + self).with(asSelf).contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"LEADER\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.errors[0].field").value("role"))
			.andExpect(jsonPath("$.errors[0].message").value("Vai trò: bạn không thể tự bỏ quyền quản trị của chính mình."));
		mvc.perform(patch(USERS + "/" + self).with(asSelf).contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": false}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.errors[0].message").value("Đang hoạt động: bạn không thể tự khóa tài khoản của chính mình."));
		UserRow unchanged = users.find(self).orElseThrow();
		assertThat(unchanged.role()).isEqualTo(Role.ADMINISTRATOR);
		assertThat(unchanged.enabled()).isTrue();

		// other changes to oneself are allowed, and another administrator may demote them
		mvc.perform(patch(USERS + "/" + self).with(asSelf).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fullName\": \"Quản trị tỉnh\"}")).andExpect(status().isOk());
		change(self, "{\"role\": \"LEADER\"}").andExpect(status().isOk());
		assertThat(users.find(self).orElseThrow().role()).isEqualTo(Role.LEADER);
		assertThat(users.find(self).orElseThrow().displayName()).isEqualTo("Quản trị tỉnh");
	}

	@Test
	void anAdministratorOfADistrictWorksOnlyInsideIt() throws Exception {
		String inCommune = created(Role.LEADER, "29266");
		String inProvince = created(Role.PROVINCIAL_STAFF, "84");
		RequestPostProcessor districtAdmin = user(
				new SignedInUser("qt844-api", "x", "Quản trị huyện", Role.ADMINISTRATOR, unitId("844"), true));

		mvc.perform(get(USERS + "/" + inCommune).with(districtAdmin)).andExpect(status().isOk());
		mvc.perform(get(USERS + "/" + inProvince).with(districtAdmin)).andExpect(status().isForbidden());
		mvc.perform(get(USERS + "/admin").with(districtAdmin)).andExpect(status().isForbidden());
		mvc.perform(get(USERS + "/khong-co-ai").with(districtAdmin)).andExpect(status().isNotFound());
		mvc.perform(get(USERS).with(districtAdmin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == '" + inCommune + "')]").exists())
			.andExpect(jsonPath("$[?(@.username == '" + inProvince + "')]").doesNotExist());
		mvc.perform(patch(USERS + "/" + inProvince).with(districtAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": false}")).andExpect(status().isForbidden());
		mvc.perform(patch(USERS + "/khong-co-ai").with(districtAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": false}")).andExpect(status().isNotFound());
		mvc.perform(patch(USERS + "/" + inCommune).with(districtAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitCode\": \"84\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"))
			.andExpect(jsonPath("$.errors[0].message").value("Mã đơn vị: đơn vị 84 nằm ngoài phạm vi bạn quản lý."));
		assertThat(users.find(inProvince).orElseThrow().enabled()).isTrue();
		assertThat(users.find(inCommune).orElseThrow().unitCode()).isEqualTo("29266");

		String outside = UserAdminPageTests.uniqueName();
		String wholeTree = UserAdminPageTests.uniqueName();
		mvc.perform(post(USERS).with(districtAdmin).contentType(MediaType.APPLICATION_JSON)
			.content(newUser(outside, "Ngoài", PASSWORD, "LEADER", "84")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Mã đơn vị: đơn vị 84 nằm ngoài phạm vi bạn quản lý."));
		mvc.perform(post(USERS).with(districtAdmin).contentType(MediaType.APPLICATION_JSON)
			.content(newUser(wholeTree, "Toàn cây", PASSWORD, "ADMINISTRATOR", "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Mã đơn vị: hãy nhập mã một đơn vị trong phạm vi bạn quản lý."));
		assertThat(users.exists(outside)).isFalse();
		assertThat(users.exists(wholeTree)).isFalse();
	}

	@Test
	void everyOtherRoleIsRefused() throws Exception {
		String target = created(Role.LEADER, "29266");
		for (Role role : List.of(Role.PROVINCIAL_STAFF, Role.DISTRICT_OFFICIAL, Role.LEADER)) {
			RequestPostProcessor other = user(new SignedInUser("ai-do", "x", "Ai đó", role, unitId("84"), true));
			mvc.perform(get(USERS).with(other)).andExpect(status().isForbidden());
			mvc.perform(get(USERS + "/" + target).with(other)).andExpect(status().isForbidden());
			mvc.perform(patch(USERS + "/" + target).with(other).contentType(MediaType.APPLICATION_JSON)
				.content("{\"enabled\": false}")).andExpect(status().isForbidden());
			mvc.perform(post(USERS).with(other).contentType(MediaType.APPLICATION_JSON)
				.content(newUser(target + "x", "X", PASSWORD, "LEADER", "29266"))).andExpect(status().isForbidden());
		}
		assertThat(users.find(target).orElseThrow().enabled()).isTrue();
		assertThat(users.exists(target + "x")).isFalse();
		mvc.perform(get(USERS + "/" + target)).andExpect(status().isUnauthorized());
	}

	private ResultActions create(String json) throws Exception {
		return mvc.perform(post(USERS).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions change(String username, String json) throws Exception {
		return mvc.perform(patch(USERS + "/" + username).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static String newUser(String username, String fullName, String password, String role, String unitCode) {
		return """
				{"username": "%s", "fullName": "%s", "password": "%s", "role": "%s", "unitCode": "%s"}"""
			.formatted(username, fullName, password, role, unitCode);
	}

	private String created(Role role, String unitCode) {
		String name = UserAdminPageTests.uniqueName();
		users.create(name, PASSWORD, "Người dùng thử", role, unitId(unitCode));
		return name;
	}

	private long unitId(String code) {
		return units.findByCode(code).orElseThrow().id();
	}
}
