package vn.baophu.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages read with HTTP Basic through a real server (MockMvc's security support makes a session of its
 * own): no session is made for them, while a browser that signed in with the form still posts its
 * forms with the token its page carried.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BasicPageReadsTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPageReadWithBasicMakesNoSession() throws Exception {
		long before = sessions();
		HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/units/844/gap?period=2023-06"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"sign-out\"");
		assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void aBrowserSignedInWithTheFormPostsItsFormsWithItsPagesToken() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> signedIn = browser.send(form("/login", "username=admin&password=admin&_csrf=" + token(login)),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String page = browser.send(HttpRequest.newBuilder(uri("/units/844/gap?period=2023-06")).build(),
				HttpResponse.BodyHandlers.ofString()).body();

		HttpResponse<String> forged = browser.send(form("/logout", "_csrf=not-the-token"), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(403);
		HttpResponse<String> signedOut = browser.send(form("/logout", "_csrf=" + token(page)), HttpResponse.BodyHandlers.ofString());
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?logout"));
	}

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpRequest form(String path, String body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String token(String html) {
		Matcher token = CSRF.matcher(html);
		assertThat(token.find()).as("a form with a CSRF token").isTrue();
		return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
	}
}
