package vn.baophu.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import vn.baophu.support.BaophuTest;
import vn.baophu.support.SessionCookie;
import vn.baophu.support.TestUsers;
import vn.baophu.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An open session follows what the administrator does to the account: a changed role or unit
 * applies at the next request, a disabled account or a reset password signs the session out.
 * The user's own password change keeps their own session.
 */
@BaophuTest
class SessionFollowsAccountTests {

	private static final String PASSWORD = "mat-khau-du-dai";

	private static final SignedInUser ADMIN = new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null,
			true);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	UnitService units;

	/** Where sessions live (PostgreSQL): what a signed-out session still holds. */
	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void aChangedRoleOrUnitAppliesAtTheNextRequest() throws Exception {
		String name = staffOf("84");
		SessionCookie session = TestUsers.signIn(mvc, name, PASSWORD);
		mvc.perform(get("/units/844/manage").with(session)).andExpect(status().isOk());

		change(name, Role.LEADER, "84", true);
		mvc.perform(get("/units/844/manage").with(session)).andExpect(status().isForbidden());
		mvc.perform(get("/units/844").with(session)).andExpect(status().isOk());

		change(name, Role.LEADER, "SFAP", true);
		mvc.perform(get("/units/844").with(session)).andExpect(status().isForbidden());
	}

	@Test
	void aDisabledAccountIsSignedOutAtItsNextRequest() throws Exception {
		String name = staffOf("84");
		SessionCookie session = TestUsers.signIn(mvc, name, PASSWORD);
		mvc.perform(get("/units/844").with(session)).andExpect(status().isOk());

		change(name, Role.PROVINCIAL_STAFF, "84", false);
		mvc.perform(get("/units/844").with(session)).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(sessions.findById(session.sessionId()).<Object>getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
		// and stays signed out when the account is enabled again, until it signs in anew
		change(name, Role.PROVINCIAL_STAFF, "84", true);
		mvc.perform(get("/units/844").with(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aResetPasswordSignsOutTheOpenSessions() throws Exception {
		String name = staffOf("84");
		SessionCookie session = TestUsers.signIn(mvc, name, PASSWORD);
		users.resetPassword(ADMIN, name, "mot-mat-khau-moi");
		mvc.perform(get("/units/844").with(session)).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		TestUsers.signIn(mvc, name, "mot-mat-khau-moi");
	}

	@Test
	void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		String name = staffOf("84");
		SessionCookie mine = TestUsers.signIn(mvc, name, PASSWORD);
		SessionCookie elsewhere = TestUsers.signIn(mvc, name, PASSWORD);
		mvc.perform(post("/account/password").with(mine).with(csrf())
			.param("currentPassword", PASSWORD)
			.param("password", "mat-khau-moi-cua-toi")
			.param("repeatPassword", "mat-khau-moi-cua-toi"))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(get("/units/844").with(mine)).andExpect(status().isOk());
		mvc.perform(get("/units/844").with(elsewhere)).andExpect(redirectedUrl("/login"));
	}

	private String staffOf(String unitCode) {
		if (units.findByCode("SFAP").isEmpty()) {
			units.save(java.util.List.of(new vn.baophu.unit.UnitDraft(2, "SFAP", "Tỉnh Khác", vn.baophu.unit.UnitKind.TINH,
					null)));
		}
		String name = TestUsers.uniqueName();
		users.create(name, PASSWORD, "Cán bộ tỉnh", Role.PROVINCIAL_STAFF, units.require(unitCode).id());
		return name;
	}

	private void change(String name, Role role, String unitCode, boolean enabled) {
		UserRow row = users.find(name).orElseThrow();
		users.update(ADMIN, name, row.version(), row.displayName(), role, units.require(unitCode).id(), enabled);
	}
}
