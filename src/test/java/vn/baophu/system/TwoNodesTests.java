package vn.baophu.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.baophu.BaophuApplication;
import vn.baophu.support.ThrowawayDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes, A and B, on two ports in this JVM, against one PostgreSQL, as behind the
 * compose file's load balancer: whatever one node keeps, the other serves. The database is a server
 * of its own, as in a real deployment (the compose file's {@code db}), so that stopping node A leaves
 * it running; the nodes start the way a real server's do ({@code spring.datasource.url}, an
 * administrator password from the settings), so no demo data: the test makes its own units.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTests {

	static final String ADMIN_PASSWORD = "hai-nut-mot-csdl";
	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	static ThrowawayDatabase database;
	static ConfigurableApplicationContext nodeA;
	static ConfigurableApplicationContext nodeB;
	static String a;
	static String b;
	static String session;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodes() {
		database = ThrowawayDatabase.empty();
		nodeA = node();
		nodeB = node();
		a = "http://localhost:" + port(nodeA);
		b = "http://localhost:" + port(nodeB);
	}

	@AfterAll
	static void stopEverything() throws Exception {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
		database.close();
	}

	static ConfigurableApplicationContext node() {
		// arguments, as on a server's command line: they win over the tests' application.properties
		return new SpringApplicationBuilder(BaophuApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=postgres",
				"--baophu.admin.password=" + ADMIN_PASSWORD,
				// only the test runs the clean-up job, so that it can count the runs
				"--baophu.cleanup.initial-delay=PT1H");
	}

	static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	@Test
	@Order(1)
	void aSessionMadeOnASignsInOnB() throws Exception {
		HttpResponse<String> form = send(get(a + "/login"));
		String anonymous = cookie(form);
		HttpResponse<String> signIn = send(post(a + "/login", anonymous,
				Map.of("username", "admin", "password", ADMIN_PASSWORD, "_csrf", csrf(form.body()))));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		session = cookie(signIn);
		assertThat(session).isNotEqualTo(anonymous);

		HttpResponse<String> onB = send(get(b + "/units", session));
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("action=\"/logout\"");
		assertThat(send(get(b + "/units")).statusCode()).as("without the cookie").isEqualTo(302);
	}

	@Test
	@Order(2)
	void aPreviewMadeOnAIsSavedOnB() throws Exception {
		String csv = "code,name,type,parent_code\n97,Tỉnh Hai Nút,tỉnh,\n971,Huyện Hai Nút,huyện,97\n"
				+ "97101,Xã Hai Nút,xã,971\n";
		String form = send(get(a + "/imports?kind=units", session)).body();
		HttpResponse<String> preview = send(multipart(a + "/imports/preview", session, csrf(form), "units", csv));
		assertThat(preview.statusCode()).isEqualTo(200);
		Matcher token = TOKEN.matcher(preview.body());
		assertThat(token.find()).as("a token to save the previewed file").isTrue();
		assertThat(unitExists(b, "97101")).isFalse();

		HttpResponse<String> saved = send(post(b + "/imports/confirm", session,
				Map.of("token", token.group(1), "_csrf", csrf(preview.body()))));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/imports?kind=units");
		assertThat(unitExists(a, "97101")).isTrue();
		// and the token was used up, on both nodes
		assertThat(send(post(a + "/imports/confirm", session, Map.of("token", token.group(1), "_csrf",
				csrf(preview.body())))).headers().firstValue("Location").orElseThrow()).endsWith("/imports");
	}

	@Test
	@Order(3)
	void aFigureSavedOnAIsReadOnBAtOnce() throws Exception {
		String url = "/api/v1/units/97101/figures/2023-06";
		HttpResponse<String> saved = send(HttpRequest.newBuilder(URI.create(a + url)).header("Authorization", basic())
			.header("If-None-Match", "*").header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("""
					{"bhyt": 1234, "bhxhCompulsory": 56, "bhxhVoluntary": 78, "bhtn": 90,
					 "confirmWarnings": true, "comment": "hai nút"}"""))
			.build());
		assertThat(saved.statusCode()).isEqualTo(200);
		HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(b + url)).header("Authorization", basic()).build());
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("1234");
		assertThat(read.headers().firstValue("ETag")).isEqualTo(saved.headers().firstValue("ETag"));
	}

	@Test
	@Order(4)
	void theScheduledCleanUpRunsOnceAcrossBothNodes() {
		ExpiredStateCleanup onA = nodeA.getBean(ExpiredStateCleanup.class);
		ExpiredStateCleanup onB = nodeB.getBean(ExpiredStateCleanup.class);

		CompletableFuture.allOf(CompletableFuture.runAsync(onA::run), CompletableFuture.runAsync(onB::run)).join();
		assertThat(onA.runs() + onB.runs()).isEqualTo(1);
		// both schedulers firing again within the turn: still once
		onA.run();
		onB.run();
		assertThat(onA.runs() + onB.runs()).isEqualTo(1);
	}

	@Test
	@Order(5)
	void whenAStopsBKeepsServingAndTheUserStaysSignedIn() throws Exception {
		AtomicBoolean stopping = new AtomicBoolean(true);
		CompletableFuture<List<Integer>> duringTheStop = CompletableFuture.supplyAsync(() -> {
			List<Integer> answers = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while ((stopping.get() || answers.size() < 3) && answers.size() < 500 && System.nanoTime() < deadline) {
				answers.add(send(get(b + "/units", session)).statusCode());
			}
			return answers;
		});
		nodeA.close();
		stopping.set(false);
		assertThat(duringTheStop.join()).isNotEmpty().containsOnly(200);

		HttpResponse<String> page = send(get(b + "/units/97101/gap?period=2023-06", session));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("action=\"/logout\"");
	}

	private boolean unitExists(String node, String code) {
		return send(HttpRequest.newBuilder(URI.create(node + "/api/v1/units/" + code + "/figures/2023-06"))
			.header("Authorization", basic())
			.build()).statusCode() == 200;
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	/** The session cookie the response set, as "SESSION=…". */
	private static String cookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(header -> header.startsWith("SESSION="))
			.map(header -> header.substring(0, header.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie"));
	}

	private static HttpRequest get(String url, String... cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		for (String value : cookie) {
			request.header("Cookie", value);
		}
		return request.build();
	}

	private static HttpRequest post(String url, String cookie, Map<String, String> fields) {
		String body = fields.entrySet().stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static HttpRequest multipart(String url, String cookie, String csrf, String kind, String csv) {
		String boundary = "----hai-nut-" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"units.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(request.uri() + ": " + ex, ex);
		}
	}
}
