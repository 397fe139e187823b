package vn.baophu.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages through a real server (MockMvc does no error dispatch): each renders in the
 * shared layout, in Vietnamese, with a way home, for anonymous visitors and signed-in users alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	private static final String ADMIN = "Basic "
			+ Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void anonymousVisitorsGetTheNotFoundPageWithoutTheSignedInNavigation() throws Exception {
		HttpResponse<String> response = send(page("/css/no-such-file.css").GET(), null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("id=\"error-page\"", "Không tìm thấy", "Về trang chủ")
			.doesNotContain("/logout");
	}

	@Test
	void signedInUsersGetTheNotFoundPageForAnUnknownUnit() throws Exception {
		HttpResponse<String> response = send(page("/units/00000").GET(), ADMIN);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("id=\"error-page\"", "Không tìm thấy", "/logout");
	}

	@Test
	void aRefusedRequestGetsTheForbiddenPage() throws Exception {
		// a form posted without its CSRF token is refused
		HttpResponse<String> response = send(page("/login").POST(HttpRequest.BodyPublishers.noBody()), null);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("id=\"error-page\"", "Không có quyền truy cập", "Về trang chủ");
	}

	@Test
	void aServerErrorGetsTheServerErrorPage() throws Exception {
		// /error without an error behind it reports 500
		for (String authorization : new String[] { null, ADMIN }) {
			HttpResponse<String> response = send(page("/error").GET(), authorization);
			assertThat(response.statusCode()).isEqualTo(500);
			assertThat(response.body()).contains("id=\"error-page\"", "Đã có lỗi xảy ra", "Về trang chủ");
		}
	}

	private HttpRequest.Builder page(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String authorization)
			throws IOException, InterruptedException {
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
