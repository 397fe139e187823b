package vn.baophu.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@BaophuTest
class GapTablePageTests {

	private static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true));

	@Autowired
	MockMvc mvc;

	@Test
	void showsTheThreeTablesInVietnameseFormats() throws Exception {
		mvc.perform(get("/units/844/gap").param("period", "2023-06").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tính đến ngày 30/06/2023")))
			.andExpect(content().string(containsString("id=\"gap-bhyt\"")))
			.andExpect(content().string(containsString("id=\"gap-bhxh\"")))
			.andExpect(content().string(containsString("id=\"gap-bhtn\"")))
			.andExpect(content().string(containsString("93,08%")))
			.andExpect(content().string(containsString("(75)")))
			.andExpect(content().string(containsString("8.766")))
			.andExpect(content().string(containsString("3=2/1")));
	}

	@Test
	void switchesToEnglishLabelsAndNumbers() throws Exception {
		mvc.perform(get("/units/844/gap").param("period", "2023-06").param("lang", "en").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("As of 30 Jun 2023")))
			.andExpect(content().string(containsString("People still to enrol")))
			.andExpect(content().string(containsString("93.08%")))
			.andExpect(content().string(containsString("8,766")))
			.andExpect(content().string(not(containsString("Số người còn phải vận động"))));
	}

	@Test
	void aDistrictOfficialOfAnotherDistrictIsRefused() throws Exception {
		SignedInUser stranger = new SignedInUser("other", "x", "Huyện khác", Role.DISTRICT_OFFICIAL, -1L, true);
		mvc.perform(get("/units/844/gap").param("period", "2023-06").with(user(stranger)))
			.andExpect(status().isForbidden());
	}

	@Test
	void unknownUnitsAndStrangersAreTurnedAway() throws Exception {
		mvc.perform(get("/units/99999/gap").with(ADMIN)).andExpect(status().isNotFound());
		mvc.perform(get("/units/844/gap").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}
}
