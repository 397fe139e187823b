package vn.baophu.support;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.context.support.WebApplicationContextUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who the session of a response is signed in as, read where sessions live (PostgreSQL, through
 * Spring Session): Spring Security's {@code authenticated()} matcher looks into the servlet
 * container's session, which Spring Session never fills.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/** The response's session is signed in as this user. */
	public static ResultMatcher as(String username) {
		return result -> assertThat(principalOf(result)).as("signed in as").isEqualTo(username);
	}

	/** The response's session is signed in, as anyone. */
	public static ResultMatcher asAnyone() {
		return result -> assertThat(principalOf(result)).as("signed in as").isNotNull();
	}

	/** The response leaves nobody signed in (no session, or one without a signed-in user). */
	public static ResultMatcher nobody() {
		return result -> assertThat(principalOf(result)).as("signed in as").isNull();
	}

	private static @Nullable String principalOf(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie(SessionCookie.NAME);
		if (cookie == null) {
			return null;
		}
		SessionRepository<?> sessions = WebApplicationContextUtils
			.getRequiredWebApplicationContext(result.getRequest().getServletContext())
			.getBean(SessionRepository.class);
		Session session = sessions.findById(new SessionCookie(cookie).sessionId());
		SecurityContext context = session == null ? null
				: session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return context == null || context.getAuthentication() == null ? null : context.getAuthentication().getName();
	}
}
