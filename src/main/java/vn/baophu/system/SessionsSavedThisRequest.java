package vn.baophu.system;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session looks a session up again right after saving it at the end of every request
 * ({@code SessionRepositoryFilter.commitSession}: it clears its cache, saves, then asks whether the
 * requested session id is valid; spring-session#1731): with sessions in PostgreSQL, a second
 * transaction and select per page. Within one request, the session saved by that request is what
 * the database holds, so {@link #remembering} answers that look-up with it. The {@link #filter}
 * (outside Spring Session's) bounds what is remembered to the request; outside one nothing is.
 */
final class SessionsSavedThisRequest {

	private static final ThreadLocal<@Nullable Map<String, Session>> SAVED = new ThreadLocal<>();

	private SessionsSavedThisRequest() {
	}

	/**
	 * The repository, as a subclass proxy (it stays a {@code JdbcIndexedSessionRepository} for those
	 * that use it by its class), answering {@code findById} with a session saved in this request.
	 */
	static Object remembering(SessionRepository<?> repository) {
		ProxyFactory proxy = new ProxyFactory(repository);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice(new Remembering());
		return proxy.getProxy(repository.getClass().getClassLoader());
	}

	/** Runs the rest of the chain (Spring Session's filter included) with a fresh memory, then forgets it. */
	static OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				Map<String, Session> outer = SAVED.get();
				SAVED.set(new HashMap<>());
				try {
					chain.doFilter(request, response);
				}
				finally {
					SAVED.set(outer);
				}
			}
		};
	}

	private static final class Remembering implements MethodInterceptor {

		@Override
		public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
			Map<String, Session> saved = SAVED.get();
			Object[] arguments = invocation.getArguments();
			if (saved == null || arguments.length != 1) {
				return invocation.proceed();
			}
			switch (invocation.getMethod().getName()) {
				case "findById" -> {
					Session session = saved.get((String) arguments[0]);
					if (session != null && session.getId().equals(arguments[0])) {
						return session;
					}
				}
				case "save" -> {
					Object result = invocation.proceed();
					Session session = (Session) arguments[0];
					saved.put(session.getId(), session);
					return result;
				}
				case "deleteById" -> saved.remove((String) arguments[0]);
				default -> {
				}
			}
			return invocation.proceed();
		}
	}
}
