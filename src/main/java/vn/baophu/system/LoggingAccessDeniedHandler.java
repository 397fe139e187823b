package vn.baophu.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/** Every refused access is written to the log with who asked for what, then answered with 403. */
class LoggingAccessDeniedHandler implements AccessDeniedHandler {

	private static final Logger log = LoggerFactory.getLogger("vn.baophu.security.access");

	private final AccessDeniedHandler delegate = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		String user = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
		log.warn("Access denied: user={} {} {} ({})", user, request.getMethod(), request.getRequestURI(),
				denied.getMessage());
		delegate.handle(request, response, denied);
	}
}
