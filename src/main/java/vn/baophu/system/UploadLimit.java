package vn.baophu.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * The one limit on what a request may send ({@code baophu.imports.max-upload-size}, 20 MB): raw
 * bodies (the imports' CSV or .xlsx) and multipart uploads alike. A larger request gets 413: JSON
 * with the message for the API, the error page {@code error/413} (in Vietnamese by default) for the
 * pages. Named {@code uploadLimit} so that the error page can show the limit.
 */
@Component("uploadLimit")
class UploadLimit {

	private static final String REFUSED = UploadLimit.class.getName() + ".REFUSED";

	private final long maxBytes;
	private final MessageSource messages;
	private final LocaleResolver locales;
	private final ObjectMapper json;

	UploadLimit(@Value("${baophu.imports.max-upload-size:20MB}") DataSize maxSize, MessageSource messages,
			LocaleResolver locales, ObjectMapper json) {
		this.maxBytes = maxSize.toBytes();
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	long maxBytes() {
		return maxBytes;
	}

	private static HttpServletRequest withoutBody(HttpServletRequest request) {
		return new HttpServletRequestWrapper(request) {
			@Override
			public @Nullable String getContentType() {
				return null;
			}

			@Override
			public @Nullable String getParameter(String name) {
				return null;
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return Map.of();
			}

			@Override
			public Enumeration<String> getParameterNames() {
				return Collections.emptyEnumeration();
			}

			@Override
			public String @Nullable [] getParameterValues(String name) {
				return null;
			}
		};
	}

	/** The limit as people read it: "20 MB". */
	public String text() {
		long mb = DataSize.ofMegabytes(1).toBytes();
		return maxBytes % mb == 0 ? maxBytes / mb + " MB" : DataSize.ofBytes(maxBytes).toKilobytes() + " KB";
	}

	/**
	 * Answers 413; the body was not (or not wholly) read. A page gets the error page through a forward
	 * to {@code /error} rather than {@code sendError}: with a large body left unread the container
	 * sends its error status with an empty body. The forwarded request has no content type and no
	 * parameters, so that the body is not parsed (and refused) again on the way to the error page.
	 */
	void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		Locale locale = locales.resolveLocale(request);
		String message = messages.getMessage("error.tooLarge.text", new Object[] { text() }, locale);
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.CONTENT_TOO_LARGE.value());
			request.setAttribute(RequestDispatcher.ERROR_MESSAGE, message);
			request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
			response.resetBuffer();
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			if (request.getAttribute(REFUSED) != null) {
				return;
			}
			request.setAttribute(REFUSED, Boolean.TRUE);
			request.getRequestDispatcher("/error").forward(withoutBody(request), response);
			return;
		}
		response.resetBuffer();
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
		body.put("error", HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
		body.put("message", message);
		body.put("path", request.getRequestURI());
		json.writeValue(response.getOutputStream(), body);
	}
}
