package vn.baophu.unit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.support.TestUsers;
import vn.baophu.user.Role;
import vn.baophu.user.UserService;

/** Unit search: by name with or without diacritics and in any case, or by code, within the user's subtree. */
@BaophuTest
@Transactional
class UnitSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	UnitService units;

	@ParameterizedTest
	@ValueSource(strings = { "cang long", "càng long", "CANG LONG", "Càng Long", "29266" })
	void findsThiTranCangLongHoweverItIsWritten(String query) throws Exception {
		mvc.perform(get("/api/v1/units").param("q", query).with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value(query.equals("29266") ? "29266" : "844"))
			.andExpect(jsonPath("$[?(@.code == '29266')].name").value(org.hamcrest.Matchers.hasItem("Thị trấn Càng Long")))
			.andExpect(jsonPath("$[?(@.code == '29266')].parentName").value(org.hamcrest.Matchers.hasItem("Huyện Càng Long")));
	}

	@Test
	void dWithStrokeIsFoundAsD() throws Exception {
		mvc.perform(get("/api/v1/units").param("q", "duc my").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Xã Đức Mỹ"));
	}

	@Test
	void percentAndUnderscoreAreCharactersNotWildcards() throws Exception {
		// As wildcards, "x%my" and "duc_my" would find Xã Đức Mỹ.
		mvc.perform(get("/api/v1/units").param("q", "x%my").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", empty()));
		mvc.perform(get("/api/v1/units").param("q", "duc_my").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", empty()));
	}

	@Test
	void oneCharacterFindsNothingYet() throws Exception {
		mvc.perform(get("/api/v1/units").param("q", "x").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", empty()));
	}

	@Test
	void aUserFindsOnlyUnitsOfTheirSubtree() throws Exception {
		String official = TestUsers.uniqueName();
		users.create(official, "mat-khau-can-bo-xa", "Cán bộ xã", Role.LEADER, units.require("29269").id());
		mvc.perform(get("/api/v1/units").param("q", "xa").with(httpBasic(official, "mat-khau-can-bo-xa")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].code").value("29269"));
		mvc.perform(get("/api/v1/units").param("q", "29266").with(httpBasic(official, "mat-khau-can-bo-xa")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", empty()));
	}

	@Test
	void enterGoesToTheBestMatchsGapTableAndTypingSuggests() throws Exception {
		var admin = user(users.loadUserByUsername("admin"));
		mvc.perform(get("/units/search").param("q", "huyen hoi").with(admin))
			.andExpect(redirectedUrl("/units/29278/gap"));
		mvc.perform(get("/units/search/suggestions").param("q", "binh phu").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Bình Phú")))
			.andExpect(content().string(containsString("— Huyện Càng Long")));
		mvc.perform(get("/units/search").param("q", "khong co xa nay").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy đơn vị nào")));
	}
}
