package vn.baophu.system;

import lombok.RequiredArgsConstructor;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * 413 for a body found too large while it was read: a chunked raw body past the limit (seen by a
 * controller as an unreadable body caused by {@link RequestBodyLimitFilter.BodyTooLargeException}),
 * or a multipart upload past {@code spring.servlet.multipart.*}.
 */
@ControllerAdvice
@RequiredArgsConstructor
class UploadLimitErrors {

	private final UploadLimit limit;

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void multipartTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		limit.refuse(request, response);
	}

	/** Any other unreadable body goes on to Spring's own handling (400). */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	void bodyTooLarge(HttpMessageNotReadableException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException) {
				limit.refuse(request, response);
				return;
			}
		}
		throw ex;
	}
}
