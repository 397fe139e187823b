package vn.baophu.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 20 MB limit through a real server (MockMvc parses no multipart and has no chunked bodies): a
 * raw body with a Content-Length above it, a chunked raw body that grows past it, and multipart
 * uploads, on the API (413 with a JSON message) and on the import page (413, the error page in
 * Vietnamese). Nothing past the limit is imported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitTests {

	private static final String ADMIN = "Basic "
			+ Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

	private static final int LIMIT = 20 * 1024 * 1024;

	private static final String MESSAGE = "Tệp hoặc nội dung gửi lên lớn hơn giới hạn 20 MB: hãy chia dữ liệu "
			+ "thành nhiều tệp nhỏ hơn.";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void aRawBodyDeclaredLargerThanTheLimitGets413WithAJsonMessage() throws Exception {
		HttpResponse<String> response = send(request("/api/v1/import/figures?dryRun=true", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(csv(LIMIT + 1))));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"status\":413", "\"message\":\"" + MESSAGE + "\"");
	}

	@Test
	void aChunkedRawBodyIsCutAtTheLimitWith413() throws Exception {
		for (String path : new String[] { "/api/v1/import/figures?dryRun=true", "/api/v1/tasks/import?unit=844&dryRun=true" }) {
			HttpResponse<String> response = send(request(path, "text/csv")
				.POST(HttpRequest.BodyPublishers.ofInputStream(chunks(csv(LIMIT + 512 * 1024)))));

			assertThat(response.statusCode()).as(path).isEqualTo(413);
			assertThat(response.body()).as(path).contains("\"message\":\"" + MESSAGE + "\"");
		}
	}

	@Test
	void aChunkedRawBodyWithinTheLimitIsRead() throws Exception {
		HttpResponse<String> response = send(request("/api/v1/import/figures?dryRun=true", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofInputStream(chunks(csv(LIMIT - 1024)))));

		// read whole and checked: the rows name no unit that exists
		assertThat(response.statusCode()).isEqualTo(422);
	}

	@Test
	void aMultipartUploadLargerThanTheLimitGets413OnTheApiAndOnThePage() throws Exception {
		String boundary = "baophuBoundary";
		byte[] body = multipart(boundary, csv(LIMIT + 1));
		String type = "multipart/form-data; boundary=" + boundary;

		HttpResponse<String> api = send(request("/api/v1/import/figures?dryRun=true", type)
			.POST(HttpRequest.BodyPublishers.ofInputStream(chunks(body))));
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.body()).contains("\"message\":\"" + MESSAGE + "\"");

		HttpResponse<String> page = send(request("/imports/preview", type).header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("id=\"error-page\"", "Tệp quá lớn", MESSAGE);
	}

	private HttpRequest.Builder request(String path, String contentType) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", ADMIN)
			.header("Content-Type", contentType);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A figures CSV of about this many bytes, of rows for a unit that does not exist. */
	private static byte[] csv(int size) {
		String header = "unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\n";
		String row = "NOPE,2023-06,1,,,\n";
		StringBuilder text = new StringBuilder(size + row.length()).append(header);
		while (text.length() < size) {
			text.append(row);
		}
		return text.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] multipart(String boundary, byte[] file) {
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nfigures\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.csv\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] all = new byte[head.length + file.length + tail.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(file, 0, all, head.length, file.length);
		System.arraycopy(tail, 0, all, head.length + file.length, tail.length);
		return all;
	}

	/** The bytes sent without a Content-Length (chunked). */
	private static Supplier<InputStream> chunks(byte[] bytes) {
		return () -> new SequenceInputStream(new ByteArrayInputStream(new byte[0]), new ByteArrayInputStream(bytes));
	}
}
