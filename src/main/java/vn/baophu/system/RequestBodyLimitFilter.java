package vn.baophu.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body by {@link UploadLimit}, before anything reads it (so before security,
 * whose CSRF check would otherwise parse a multipart body): a declared Content-Length above the limit
 * is refused at once, and a body without one (chunked) is read through a stream that fails with
 * {@link BodyTooLargeException} at the first byte past the limit, answered with 413 by
 * {@link UploadLimitErrors}. Multipart bodies are parsed by the servlet container, bounded by
 * {@code spring.servlet.multipart.*} set to the same limit.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

	/** Before Spring Security's filters (order -100) and the request context filter (-105). */
	static final int ORDER = -110;

	private final UploadLimit limit;

	RequestBodyLimitFilter(UploadLimit limit) {
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit.maxBytes()) {
			limit.refuse(request, response);
			return;
		}
		chain.doFilter(new BoundedRequest(request, limit.maxBytes()), response);
	}

	/** Thrown by the bounded stream; an {@link IOException} so that body readers pass it on as their cause. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(long maxBytes) {
			super("Request body larger than " + maxBytes + " bytes");
		}
	}

	private static final class BoundedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;
		private @Nullable ServletInputStream bounded;

		BoundedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (bounded == null) {
				ServletInputStream stream = new BoundedStream(super.getInputStream(), maxBytes);
				bounded = stream;
				return stream;
			}
			return bounded;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}
	}

	private static final class BoundedStream extends ServletInputStream {

		private final ServletInputStream in;
		private final long maxBytes;
		private long read;

		BoundedStream(ServletInputStream in, long maxBytes) {
			this.in = in;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			read += n;
			if (read > maxBytes) {
				throw new BodyTooLargeException(maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}
}
