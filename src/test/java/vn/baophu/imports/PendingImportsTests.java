package vn.baophu.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

/**
 * Previews waiting to be saved are capped per user, not per session: a user who previews a fourth
 * file, in any session, loses the oldest one; and a token is no good to another user.
 */
@BaophuTest
@Transactional
class PendingImportsTests {

	static final RequestPostProcessor LAN = user(new SignedInUser("pending-lan", "x", "Lan", Role.ADMINISTRATOR, null, true));
	static final RequestPostProcessor MINH = user(new SignedInUser("pending-minh", "x", "Minh", Role.ADMINISTRATOR, null, true));

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Test
	void aFourthPreviewInAnotherSessionDropsTheOldestAndTokensBelongToTheirUser() throws Exception {
		List<String> tokens = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			tokens.add(preview(LAN, new MockHttpSession(), "code,name,type,parent_code\nPQ" + i + ",Tỉnh PQ " + i + ",tỉnh,\n"));
		}

		confirm(LAN, tokens.get(0)).andExpect(redirectedUrl("/imports"))
			.andExpect(flash().attribute("importErrorKey", "import.page.expired"));
		confirm(MINH, tokens.get(3)).andExpect(redirectedUrl("/imports"))
			.andExpect(flash().attribute("importErrorKey", "import.page.expired"));
		confirm(LAN, tokens.get(3)).andExpect(redirectedUrl("/imports?kind=units"))
			.andExpect(flash().attribute("savedCount", 1));

		assertThat(units.findByCode("PQ4")).isPresent();
		assertThat(units.findByCode("PQ1")).isEmpty();
	}

	private String preview(RequestPostProcessor who, MockHttpSession session, String csv) throws Exception {
		String page = mvc.perform(multipart("/imports/preview")
			.file(new MockMultipartFile("file", "u.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("kind", "units").session(session).with(who).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return ImportPageTests.token(page);
	}

	private org.springframework.test.web.servlet.ResultActions confirm(RequestPostProcessor who, String token)
			throws Exception {
		return mvc.perform(post("/imports/confirm").param("token", token).session(new MockHttpSession()).with(who)
			.with(csrf())).andExpect(status().is3xxRedirection());
	}
}
