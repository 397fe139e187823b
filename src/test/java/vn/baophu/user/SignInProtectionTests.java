package vn.baophu.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.support.SessionCookie;
import vn.baophu.support.SignedIn;
import vn.baophu.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in through the real form and security chain: the lock after five wrong passwords, lifting it,
 * a new session id at sign-in, and forms refused without their CSRF token.
 */
@BaophuTest
class SignInProtectionTests {

	private static final String PASSWORD = "mat-khau-du-dai";
	private static final String WRONG = "mat-khau-sai-roi";

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
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
		String name = create();
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(formLogin().user(name).password(WRONG)).andExpect(SignedIn.nobody())
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(SignedIn.nobody())
			.andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login?locked"))
			.andExpect(content().string(containsString("Tài khoản đang tạm khóa vì đăng nhập sai nhiều lần.")));
		assertThat(users.find(name).orElseThrow().locked()).isTrue();
		mvc.perform(get("/admin/users").with(ADMIN))
			.andExpect(content().string(containsString("data-username=\"" + name + "\"")))
			.andExpect(status().isOk());

		// the administrator lifts the lock; the right password signs in again
		mvc.perform(post("/admin/users/" + name + "/unlock").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + name + "/edit"));
		assertThat(users.find(name).orElseThrow().locked()).isFalse();
		mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(SignedIn.as(name))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aLockedAccountShowsTheLockOnItsPage() throws Exception {
		String name = create();
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(formLogin().user(name).password(WRONG));
		}
		mvc.perform(get("/admin/users/" + name + "/edit").with(ADMIN))
			.andExpect(content().string(containsString("Tài khoản đang tạm khóa đến")))
			.andExpect(content().string(containsString("id=\"unlock\"")));
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() throws Exception {
		String name = create();
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(formLogin().user(name).password(WRONG)).andExpect(SignedIn.nobody());
		}
		assertThat(failedSignIns(name)).isEqualTo(4);
		mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(SignedIn.asAnyone());
		assertThat(failedSignIns(name)).isZero();
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(formLogin().user(name).password(WRONG)).andExpect(SignedIn.nobody());
		}
		mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(SignedIn.asAnyone());
	}

	@Test
	void signingInGivesANewSessionId() throws Exception {
		String name = create();
		SessionCookie before = SessionCookie.of(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());
		// as a browser does, the request names the session it had (its cookie)
		MvcResult signIn = mvc.perform(post("/login").with(before).with(csrf())
			.param("username", name).param("password", PASSWORD))
			.andExpect(SignedIn.as(name))
			.andReturn();
		assertThat(SessionCookie.of(signIn).value()).isNotEqualTo(before.value());
	}

	@Test
	void formsPostedWithoutTheirCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/admin/users").with(ADMIN).param("username", "khong.co.token"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/account/password").with(ADMIN).param("currentPassword", "admin"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/account/language").with(ADMIN).param("language", "en")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/admin/unlock").with(ADMIN)).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "admin").param("password", "admin"))
			.andExpect(status().isForbidden());
		assertThat(users.exists("khong.co.token")).isFalse();
		// the same form with its token is taken
		mvc.perform(post("/account/password").with(ADMIN).with(csrf()).param("currentPassword", "sai"))
			.andExpect(status().isOk());
	}

	private int failedSignIns(String username) {
		return jdbc.sql("select failed_sign_ins from app_user where username = ?").param(username)
			.query(Integer.class).single();
	}

	private String create() {
		String name = UserAdminPageTests.uniqueName();
		users.create(name, PASSWORD, "Người dùng thử", Role.DISTRICT_OFFICIAL, units.findByCode("844").orElseThrow().id());
		return name;
	}
}
