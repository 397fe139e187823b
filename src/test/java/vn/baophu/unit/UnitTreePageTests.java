package vn.baophu.unit;

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
class UnitTreePageTests {

	private static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true));

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Test
	void theRootListShowsTheProvince() throws Exception {
		mvc.perform(get("/units").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tỉnh Trà Vinh")))
			.andExpect(content().string(containsString("href=\"/units/84\"")));
	}

	@Test
	void aDistrictListsItsCommunesWithBreadcrumbAndGapLinks() throws Exception {
		mvc.perform(get("/units/844").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Huyện Càng Long")))
			.andExpect(content().string(containsString("href=\"/units/84\"")))
			.andExpect(content().string(containsString("Xã Đức Mỹ")))
			.andExpect(content().string(containsString("Thị trấn")))
			.andExpect(content().string(containsString("href=\"/units/844/gap\"")))
			.andExpect(content().string(containsString("href=\"/units/29305/gap\"")))
			// communes have no children: no link to walk further down
			.andExpect(content().string(not(containsString("href=\"/units/29305\""))));
	}

	@Test
	void aUserTiedToAUnitSeesOnlyThatSubtree() throws Exception {
		long district = units.findByCode("844").orElseThrow().id();
		SignedInUser official = new SignedInUser("cl", "x", "Càng Long", Role.DISTRICT_OFFICIAL, district, true);
		mvc.perform(get("/units").with(user(official)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Huyện Càng Long")))
			.andExpect(content().string(not(containsString("Tỉnh Trà Vinh"))));
		mvc.perform(get("/units/29266").with(user(official))).andExpect(status().isOk());
		mvc.perform(get("/units/84").with(user(official))).andExpect(status().isForbidden());
	}

	@Test
	void unknownUnitsShowTheNotFoundPageAndStrangersMustSignIn() throws Exception {
		mvc.perform(get("/units/00000").with(ADMIN))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("id=\"error-page\"")))
			.andExpect(content().string(containsString("Không tìm thấy")))
			// the layout still shows the signed-in navigation
			.andExpect(content().string(containsString("Quản trị")));
		mvc.perform(get("/units").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}
}
