package vn.baophu.support;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The session cookie a browser keeps, sent with later requests ({@code .with(session)}). Sessions
 * live in PostgreSQL (Spring Session JDBC), so a test carries the cookie, as a browser does, rather
 * than a servlet container's session object.
 */
public record SessionCookie(Cookie cookie) implements RequestPostProcessor {

	public static final String NAME = "SESSION";

	/** The session cookie the response set. */
	public static SessionCookie of(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie(NAME);
		if (cookie == null) {
			throw new AssertionError("The response set no session cookie");
		}
		return new SessionCookie(cookie);
	}

	public String value() {
		return cookie.getValue();
	}

	/** The session's id in the session store (the cookie carries it in Base64). */
	public String sessionId() {
		return new String(java.util.Base64.getDecoder().decode(cookie.getValue()),
				java.nio.charset.StandardCharsets.UTF_8);
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		request.setCookies(cookie);
		return request;
	}
}
