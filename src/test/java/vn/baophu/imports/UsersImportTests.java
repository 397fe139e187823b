package vn.baophu.imports;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;
import vn.baophu.user.UserRow;
import vn.baophu.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The users import: new accounts from CSV or .xlsx, checked row by row with the page's rules, all or
 * nothing, administrators only and inside their subtree. Imports commit; every test uses user names
 * of its own and reads the saved accounts back.
 */
@BaophuTest
class UsersImportTests {

	private static final String HEADER = "username,full_name,role,unit_code,password\n";
	private static final String PASSWORD = "mat-khau-nhap-tu-tep";
	private static final String SECRET = "BiMat-9";

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
	void aGoodCsvCreatesEveryUserWithRoleAndUnitAndTheyCanSignIn() throws Exception {
		String official = name();
		String leader = name();
		String admin = name();
		String csv = HEADER + official + ",Nguyễn Văn A,DISTRICT_OFFICIAL,844," + PASSWORD + "\n"
				+ leader + ",Lê Thị B,Lãnh đạo Ban Chỉ đạo,29266," + PASSWORD + "\n"
				+ admin + ",Quản trị tỉnh,quản trị hệ thống,," + PASSWORD + "\n";
		mvc.perform(post("/api/v1/import/users").with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(3))
			.andExpect(jsonPath("$.errors", hasSize(0)));

		assertUser(official, "Nguyễn Văn A", Role.DISTRICT_OFFICIAL, "844");
		assertUser(leader, "Lê Thị B", Role.LEADER, "29266");
		assertUser(admin, "Quản trị tỉnh", Role.ADMINISTRATOR, null);
		mvc.perform(get("/api/v1/me").with(httpBasic(leader, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("LEADER"))
			.andExpect(jsonPath("$.unitCode").value("29266"));
		// through JPA: the audit trail names the importer
		assertThat(jdbc.sql("""
				select r.username from app_user_aud a join revinfo r on r.rev = a.rev
				where a.username = ? and a.revtype = 0""").param(official).query(String.class).list())
			.containsExactly("admin");
	}

	@Test
	void anXlsxFileIsReadToo() throws Exception {
		String official = name();
		byte[] xlsx = ImportFiles.xlsx(new Object[] { "username", "full_name", "role", "unit_code", "password" },
				new Object[] { official, "Phạm Văn X", "Cán bộ cấp huyện", 844, PASSWORD });
		mvc.perform(multipart("/api/v1/import/users").file(new MockMultipartFile("file", "nguoi-dung.xlsx",
				ImportApiTests.XLSX, xlsx)).with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		assertUser(official, "Phạm Văn X", Role.DISTRICT_OFFICIAL, "844");
	}

	@Test
	void oneBadRowSavesNothingAndEveryErrorNamesRowAndFieldInVietnamese() throws Exception {
		String good = name();
		String shortPassword = name();
		String existing = name();
		String twice = name();
		users.create(existing, PASSWORD, "Đã có", Role.LEADER, unitId("844"));
		String csv = HEADER + good + ",Người Tốt,LEADER,844," + PASSWORD + "\n"
				+ shortPassword + ",Mật Khẩu Ngắn,LEADER,844," + SECRET + "\n"
				+ existing + ",Trùng Tên,LEADER,844," + PASSWORD + "\n"
				+ "Có Dấu,Tên Sai,LEADER,844," + PASSWORD + "\n"
				+ twice + ",Lần Một,LEADER,844," + PASSWORD + "\n"
				+ twice + ",Lần Hai,THU_KHO,,\n"
				+ name() + ",,LEADER,,\n"
				+ name() + ",Không Có Mã,LEADER,99999," + PASSWORD + "\n";
		mvc.perform(post("/api/v1/import/users").with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[*].message", contains(
					"Dòng 3, cột password: Mật khẩu: cần ít nhất 10 ký tự.",
					"Dòng 4, cột username: Tên đăng nhập: tên " + existing + " đã có người dùng.",
					"Dòng 5, cột username: Tên đăng nhập: từ 3 đến 50 ký tự, chỉ gồm chữ thường không dấu, chữ số và các dấu . _ -",
					"Dòng 7, cột role: Vai trò: \"THU_KHO\" không phải là vai trò; hãy dùng ADMINISTRATOR, PROVINCIAL_STAFF, "
							+ "DISTRICT_OFFICIAL, LEADER hoặc tên vai trò, ví dụ \"Cán bộ cấp huyện\".",
					"Dòng 7, cột password: Mật khẩu: cần ít nhất 10 ký tự.",
					"Dòng 7, cột username: khóa \"" + twice + "\" trùng với dòng 6 trong cùng tệp.",
					"Dòng 8, cột full_name: Họ và tên: hãy nhập họ và tên.",
					"Dòng 8, cột unit_code: Mã đơn vị: vai trò này phải gắn với một đơn vị; hãy nhập mã đơn vị.",
					"Dòng 8, cột password: Mật khẩu: cần ít nhất 10 ký tự.",
					"Dòng 9, cột unit_code: Mã đơn vị: không có đơn vị nào mã 99999.")))
			.andExpect(content().string(not(containsString(SECRET))));

		assertThat(users.exists(good)).isFalse();
		assertThat(users.exists(shortPassword)).isFalse();
		assertThat(users.exists(twice)).isFalse();
		assertThat(users.find(existing).orElseThrow().displayName()).isEqualTo("Đã có");
	}

	@Test
	void anAdministratorOfADistrictImportsOnlyInsideIt() throws Exception {
		RequestPostProcessor districtAdmin = user(
				new SignedInUser("qt844-import", "x", "Quản trị huyện", Role.ADMINISTRATOR, unitId("844"), true));
		String inside = name();
		String outside = name();
		String wholeTree = name();
		String csv = HEADER + inside + ",Trong,LEADER,29266," + PASSWORD + "\n"
				+ outside + ",Ngoài,LEADER,84," + PASSWORD + "\n"
				+ wholeTree + ",Toàn Cây,ADMINISTRATOR,," + PASSWORD + "\n";
		mvc.perform(post("/api/v1/import/users").with(districtAdmin).contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].message", contains(
					"Dòng 3, cột unit_code: Đơn vị \"84\" nằm ngoài phạm vi đơn vị bạn được giao.",
					"Dòng 4, cột unit_code: Mã đơn vị: hãy nhập mã một đơn vị trong phạm vi bạn quản lý.")));
		assertThat(users.exists(inside)).isFalse();
		assertThat(users.exists(outside)).isFalse();
		assertThat(users.exists(wholeTree)).isFalse();

		mvc.perform(post("/api/v1/import/users").with(districtAdmin).contentType("text/csv")
			.content((HEADER + inside + ",Trong,LEADER,29266," + PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk());
		assertUser(inside, "Trong", Role.LEADER, "29266");
	}

	@Test
	void onlyAdministratorsImportUsers() throws Exception {
		String name = name();
		byte[] csv = (HEADER + name + ",Ai Đó,LEADER,844," + PASSWORD + "\n").getBytes(StandardCharsets.UTF_8);
		RequestPostProcessor staff = user(
				new SignedInUser("cb-tinh-import", "x", "Cán bộ tỉnh", Role.PROVINCIAL_STAFF, unitId("84"), true));
		mvc.perform(post("/api/v1/import/users").with(staff).contentType("text/csv").content(csv))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/import/users").param("dryRun", "true").with(staff).contentType("text/csv").content(csv))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/imports/preview").file(new MockMultipartFile("file", "u.csv", "text/csv", csv))
			.param("kind", "users").with(staff).with(csrf()))
			.andExpect(status().isForbidden());
		// the page offers the kind to administrators only; other kinds stay
		mvc.perform(get("/imports").with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("value=\"users\"")), containsString("value=\"figures\""))));
		mvc.perform(get("/imports").param("kind", "users").with(ADMIN))
			.andExpect(content().string(allOf(containsString("value=\"users\""), containsString("id=\"format-users\""))));
		assertThat(users.exists(name)).isFalse();
	}

	@Test
	void thePagePreviewsSavesNothingUntilConfirmedAndNeverShowsThePasswords() throws Exception {
		String official = name();
		byte[] csv = (HEADER + official + ",Đỗ Văn P,DISTRICT_OFFICIAL,844," + PASSWORD + "\n").getBytes(StandardCharsets.UTF_8);
		MockHttpSession session = new MockHttpSession();
		String page = mvc.perform(multipart("/imports/preview").file(new MockMultipartFile("file", "u.csv", "text/csv", csv))
			.param("kind", "users").session(session).with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"confirm-button\""), containsString("1 dòng sẵn sàng để lưu"),
					not(containsString(PASSWORD)))))
			.andReturn().getResponse().getContentAsString();
		assertThat(users.exists(official)).isFalse();

		mvc.perform(post("/imports/confirm").param("token", ImportPageTests.token(page)).session(session).with(ADMIN)
			.with(csrf()))
			.andExpect(redirectedUrl("/imports?kind=users"))
			.andExpect(flash().attribute("savedCount", 1));
		assertUser(official, "Đỗ Văn P", Role.DISTRICT_OFFICIAL, "844");
		mvc.perform(get("/api/v1/me").with(httpBasic(official, PASSWORD))).andExpect(status().isOk());
	}

	private void assertUser(String username, String fullName, Role role, String unitCode) {
		UserRow user = users.find(username).orElseThrow();
		assertThat(user.displayName()).isEqualTo(fullName);
		assertThat(user.role()).isEqualTo(role);
		assertThat(user.unitCode()).isEqualTo(unitCode);
		assertThat(user.enabled()).isTrue();
	}

	private static String name() {
		return "nd" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	private long unitId(String code) {
		return units.findByCode(code).orElseThrow().id();
	}
}
