package vn.baophu.user;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * A session remembers who signed in, but every request re-reads the account (one indexed query):
 * a disabled, locked or removed account, or one whose password was reset, is signed out at its
 * next request; a changed role, unit or language applies at once. Sessions on other nodes follow
 * the same way, since nothing but the database is trusted.
 */
public final class SessionFollowsAccount implements SecurityContextRepository {

	private static final Logger log = LoggerFactory.getLogger(SessionFollowsAccount.class);

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
	private final UserService users;

	public SessionFollowsAccount(UserService users) {
		this.users = users;
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		DeferredSecurityContext stored = sessions.loadDeferredContext(request);
		return new Followed(() -> follow(stored, request));
	}

	@Override
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(
			org.springframework.security.web.context.HttpRequestResponseHolder requestResponseHolder) {
		return loadDeferredContext(requestResponseHolder.getRequest()).get();
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		sessions.saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return sessions.containsContext(request);
	}

	/** After the user changed their own password: this session carries on with the new one. */
	public void refresh(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.getPrincipal() instanceof SignedInUser user) {
			users.current(user.username()).ifPresent(now -> {
				SecurityContext context = contextOf(now, current);
				SecurityContextHolder.setContext(context);
				sessions.saveContext(context, request, response);
			});
		}
	}

	private Result follow(DeferredSecurityContext stored, HttpServletRequest request) {
		SecurityContext context = stored.get();
		Authentication authentication = context.getAuthentication();
		if (!(authentication != null && authentication.getPrincipal() instanceof SignedInUser before)) {
			return new Result(context, stored.isGenerated());
		}
		Optional<SignedInUser> now = users.current(before.username());
		if (now.isEmpty() || !now.get().isEnabled() || !now.get().isAccountNonLocked()
				|| !now.get().passwordHash().equals(before.passwordHash())) {
			log.info("Session of '{}' ended: the account was disabled, locked, removed or its password reset",
					before.username());
			// Signed out: the session forgets who it was; its other attributes (language) may stay.
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			}
			return new Result(SecurityContextHolder.createEmptyContext(), true);
		}
		if (now.get().equals(before)) {
			return new Result(context, false);
		}
		SecurityContext refreshed = contextOf(now.get(), authentication);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, refreshed);
		}
		return new Result(refreshed, false);
	}

	private static SecurityContext contextOf(SignedInUser user, Authentication previous) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		token.setDetails(previous.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(token);
		return context;
	}

	private record Result(SecurityContext context, boolean generated) {
	}

	private static final class Followed implements DeferredSecurityContext {

		private final Supplier<Result> supplier;

		private @Nullable Result result;

		Followed(Supplier<Result> supplier) {
			this.supplier = supplier;
		}

		private Result result() {
			if (result == null) {
				result = supplier.get();
			}
			return result;
		}

		@Override
		public SecurityContext get() {
			return result().context();
		}

		@Override
		public boolean isGenerated() {
			return result().generated();
		}
	}
}
