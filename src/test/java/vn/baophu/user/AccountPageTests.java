package vn.baophu.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.support.SessionCookie;
import vn.baophu.support.SignedIn;
import vn.baophu.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The user's own account page: every role may change their password and choose their language. */
@BaophuTest
class AccountPageTests {

	private static final String PASSWORD = "mat-khau-du-dai";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	UnitService units;

	@Test
	void everyRoleSeesTheirOwnAccount() throws Exception {
		for (Role role : Role.values()) {
			String name = create(role);
			mvc.perform(get("/account").with(as(name, role)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(name)))
				.andExpect(content().string(containsString("844 – Huyện Càng Long")))
				.andExpect(content().string(containsString("id=\"nav-account\"")));
		}
		mvc.perform(get("/account").with(as("admin", Role.ADMINISTRATOR)))
			.andExpect(content().string(containsString("Toàn bộ cây đơn vị")))
			.andExpect(content().string(containsString("id=\"nav-users\"")));
		mvc.perform(get("/account").with(as(create(Role.LEADER), Role.LEADER)))
			.andExpect(content().string(not(containsString("id=\"nav-users\""))));
	}

	@Test
	void aWrongCurrentPasswordIsAFieldErrorAndChangesNothing() throws Exception {
		String name = create(Role.DISTRICT_OFFICIAL);
		mvc.perform(post("/account/password").with(as(name, Role.DISTRICT_OFFICIAL)).with(csrf())
			.param("currentPassword", "khong-phai-mat-khau").param("password", "mat-khau-moi-123")
			.param("repeatPassword", "mat-khau-moi-123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu hiện tại: không đúng.")));
		mvc.perform(post("/account/password").with(as(name, Role.DISTRICT_OFFICIAL)).with(csrf())
			.param("currentPassword", PASSWORD).param("password", "ngan").param("repeatPassword", "khac"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu: cần ít nhất 10 ký tự.")))
			.andExpect(content().string(containsString("Nhập lại mật khẩu: không khớp với mật khẩu mới.")));
		mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(SignedIn.asAnyone());
	}

	@Test
	void theNewPasswordSignsIn() throws Exception {
		String name = create(Role.LEADER);
		mvc.perform(post("/account/password").with(as(name, Role.LEADER)).with(csrf()).param("currentPassword", PASSWORD)
			.param("password", "mat-khau-moi-123").param("repeatPassword", "mat-khau-moi-123"))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("success", "Đã đổi mật khẩu."));
		mvc.perform(formLogin().user(name).password("mat-khau-moi-123")).andExpect(SignedIn.asAnyone());
		mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theChosenLanguageSwitchesAtOnceAndIsStored() throws Exception {
		String name = create(Role.LEADER);
		MvcResult chosen = mvc.perform(post("/account/language").with(as(name, Role.LEADER)).with(csrf())
			.param("language", "en"))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("success", "Language saved."))
			.andReturn();
		assertThat(users.find(name).orElseThrow().language()).isEqualTo("en");
		SessionCookie session = SessionCookie.of(chosen);
		mvc.perform(get("/account").with(session).with(as(name, Role.LEADER)))
			.andExpect(content().string(containsString("lang=\"en\"")))
			.andExpect(content().string(containsString("My account")));

		mvc.perform(post("/account/language").with(as(name, Role.LEADER)).with(csrf()).param("language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Language: choose Vietnamese or English.")));
		assertThat(users.find(name).orElseThrow().language()).isEqualTo("en");
	}

	@Test
	void theStoredLanguageIsUsedFromSignInUntilTheSessionChoosesAnother() throws Exception {
		String name = create(Role.LEADER);
		users.chooseLanguage(name, "en");
		MvcResult signIn = mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(SignedIn.asAnyone()).andReturn();
		SessionCookie session = SessionCookie.of(signIn);
		mvc.perform(get("/units").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"en\"")))
			.andExpect(content().string(containsString("Administrative units")));
		mvc.perform(get("/units?lang=vi").with(session)).andExpect(content().string(containsString("lang=\"vi\"")));
		mvc.perform(get("/units").with(session)).andExpect(content().string(containsString("lang=\"vi\"")));

		// a user without a stored language reads Vietnamese
		String other = create(Role.LEADER);
		MvcResult otherSignIn = mvc.perform(formLogin().user(other).password(PASSWORD)).andReturn();
		mvc.perform(get("/units").with(SessionCookie.of(otherSignIn)))
			.andExpect(content().string(containsString("lang=\"vi\"")));
	}

	/** The stored account itself: a session re-reads it, and a made-up principal would be signed out. */
	private RequestPostProcessor as(String username, Role role) {
		SignedInUser stored = (SignedInUser) users.loadUserByUsername(username);
		assertThat(stored.role()).isEqualTo(role);
		return user(stored);
	}

	private String create(Role role) {
		String name = UserAdminPageTests.uniqueName();
		users.create(name, PASSWORD, "Người dùng thử", role, units.findByCode("844").orElseThrow().id());
		return name;
	}
}
