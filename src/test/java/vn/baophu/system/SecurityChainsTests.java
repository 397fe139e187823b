package vn.baophu.system;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.baophu.figures.FiguresService;
import vn.baophu.figures.MonthlyCounts;
import vn.baophu.support.BaophuTest;
import vn.baophu.support.SessionCookie;
import vn.baophu.support.TestUsers;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The two chains: the API takes HTTP Basic only and ignores the browser's session, so another site
 * cannot post an import with a signed-in user's cookie; pages carry a Content-Security-Policy;
 * the actuator beyond health is for administrators.
 */
@BaophuTest
class SecurityChainsTests {

	private static final String PASSWORD = "mat-khau-du-dai";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	UnitService units;

	@Autowired
	FiguresService figures;

	@Test
	void aSignedInBrowsersSessionCannotImportThroughTheApi() throws Exception {
		SessionCookie session = TestUsers.signIn(mvc, "admin", "admin");
		long commune = units.require("29266").id();
		YearMonth june = YearMonth.of(2023, 6);
		List<MonthlyCounts> before = figures.find(List.of(commune), List.of(june));

		// what a page on another site can make the browser send: a multipart form with the cookie, no token
		MockMultipartFile file = new MockMultipartFile("file", "f.csv", "text/csv",
				"unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\n29266,2023-06,1,1,1,1\n".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/v1/import/figures").file(file).with(session))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic realm=\"baophu\"")));
		mvc.perform(multipart("/api/v1/tasks/import").file(file).param("unit", "844").with(session))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(session)).andExpect(status().isUnauthorized());

		assertThat(figures.find(List.of(commune), List.of(june))).isEqualTo(before);
		assertThat(before).extracting(MonthlyCounts::bhyt).containsExactly(12787L);
	}

	@Test
	void theApiMakesNoSession() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/me").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("admin"))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getCookie(SessionCookie.NAME)).isNull();
	}

	@Test
	void pagesAllowOnlyTheAppsOwnScriptsAndStyles() throws Exception {
		SessionCookie session = TestUsers.signIn(mvc, "admin", "admin");
		String policy = mvc.perform(get("/units/844/dashboard").param("period", "2023-06").with(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("Content-Security-Policy");
		assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
				"frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
	}

	@Test
	void theActuatorBeyondHealthIsForAdministrators() throws Exception {
		String staff = TestUsers.uniqueName();
		users.create(staff, PASSWORD, "Cán bộ tỉnh", Role.PROVINCIAL_STAFF, units.require("84").id());

		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/metrics").with(httpBasic(staff, PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(httpBasic("admin", "admin"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.names").isNotEmpty());
		// a signed-in page session is not enough either
		mvc.perform(get("/actuator/metrics").with(TestUsers.signIn(mvc, "admin", "admin"))).andExpect(status().isUnauthorized());
	}
}
