package vn.baophu.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens kept in the session, as usual, except that a page read with HTTP Basic and no session
 * does not open one to keep the token of its forms (the navbar's sign-out form is on every page): a
 * script polling pages with Basic left a session row in the database per request. Such a page's
 * forms cannot be posted, which a script reading pages does not need.
 */
final class NoSessionForBasicCsrfTokens implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return sessions.generateToken(request);
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) == null && signedWithBasic(request)) {
			return;
		}
		sessions.saveToken(token, request, response);
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		return sessions.loadToken(request);
	}

	private static boolean signedWithBasic(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}
}
