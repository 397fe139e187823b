package vn.baophu.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@BaophuTest
class MeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	UnitService units;

	@Test
	void theAdministratorOfTheWholeTreeHasNoUnit() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("admin"))
			.andExpect(jsonPath("$.role").value("ADMINISTRATOR"))
			.andExpect(jsonPath("$.unitCode").isEmpty())
			.andExpect(jsonPath("$.language").value("vi"));
	}

	@Test
	void aDistrictOfficialSeesTheirUnitAndLanguage() throws Exception {
		String name = UserAdminPageTests.uniqueName();
		users.create(name, "mat-khau-du-dai", "Phạm Thị D", Role.DISTRICT_OFFICIAL,
				units.findByCode("844").orElseThrow().id());
		users.chooseLanguage(name, "en");
		mvc.perform(get("/api/v1/me").with(httpBasic(name, "mat-khau-du-dai")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(name))
			.andExpect(jsonPath("$.displayName").value("Phạm Thị D"))
			.andExpect(jsonPath("$.role").value("DISTRICT_OFFICIAL"))
			.andExpect(jsonPath("$.unitCode").value("844"))
			.andExpect(jsonPath("$.language").value("en"));
	}

	@Test
	void strangersMustAuthenticate() throws Exception {
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
	}
}
