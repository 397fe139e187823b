package vn.baophu.support;

import java.util.UUID;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Accounts of tests that share one database: names nobody used before, and real sign-ins. */
public final class TestUsers {

	private TestUsers() {
	}

	/** A user name no other test (nor an earlier run on the same database) has taken. */
	public static String uniqueName() {
		return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** Signs in through the real form and returns the session cookie the browser would keep. */
	public static SessionCookie signIn(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin().user(username).password(password))
			.andExpect(SignedIn.as(username))
			.andReturn();
		return SessionCookie.of(result);
	}
}
