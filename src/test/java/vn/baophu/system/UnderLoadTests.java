package vn.baophu.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.baophu.figures.FiguresService;
import vn.baophu.figures.MonthlyCounts;
import vn.baophu.support.Together;
import vn.baophu.support.TestUsers;
import vn.baophu.unit.UnitDraft;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests at the same moment, through the real server: failed sign-ins are all counted and answered
 * 401 (never 500); writes of the same figures with the same ETag give one 200 and the rest 409.
 * Also the session cookie's attributes, which only the real server sets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnderLoadTests {

	private static final String PASSWORD = "mat-khau-du-dai";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	UnitService units;

	@Autowired
	FiguresService figures;

	@Test
	void fiftyWrongSignInsAtOnceAreAll401AndLockTheAccount() throws Exception {
		String name = TestUsers.uniqueName();
		users.create(name, PASSWORD, "Người dùng thử", Role.LEADER, units.require("844").id());

		List<Integer> statuses = Together.run(50, () -> http.send(request("/api/v1/me", name, "sai-mat-khau-" + name).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode());

		assertThat(statuses).hasSize(50).containsOnly(401);
		assertThat(users.find(name).orElseThrow().locked()).isTrue();
		// locked: the right password is refused too
		assertThat(http.send(request("/api/v1/me", name, PASSWORD).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode()).isEqualTo(401);
	}

	@Test
	void theSameFiguresWrittenAtOnceGiveOneSaveAndConflicts() throws Exception {
		if (units.findByCode("ULA").isEmpty()) {
			units.save(List.of(new UnitDraft(2, "ULP", "Tỉnh UL", UnitKind.TINH, null),
					new UnitDraft(3, "ULD", "Huyện UL", UnitKind.HUYEN, "ULP"),
					new UnitDraft(4, "ULA", "Xã UL", UnitKind.XA, "ULD")));
		}
		long leaf = units.require("ULA").id();
		YearMonth month = YearMonth.of(2033, 1 + (int) (System.nanoTime() % 12 + 12) % 12);
		if (!figures.find(List.of(leaf), List.of(month)).isEmpty()) {
			month = month.plusYears(1 + (int) (System.nanoTime() % 50 + 50) % 50);
		}
		String path = "/api/v1/units/ULA/figures/" + month;

		// first writes of a month nobody saved yet (If-None-Match: *): one insert wins
		List<Integer> firsts = Together.run(8, () -> put(path, "If-None-Match", "*", 1000 + Thread.currentThread().getId()));
		assertThat(firsts).containsOnly(200, 409);
		assertThat(firsts).filteredOn(status -> status == 200).hasSize(1);

		// then updates that all read the same version
		String etag = http.send(request(path, "admin", "admin").build(), HttpResponse.BodyHandlers.discarding())
			.headers()
			.firstValue("ETag")
			.orElseThrow();
		List<Integer> updates = Together.run(8, () -> put(path, "If-Match", etag, 2000 + Thread.currentThread().getId()));
		assertThat(updates).containsOnly(200, 409);
		assertThat(updates).filteredOn(status -> status == 200).hasSize(1);
		assertThat(figures.find(List.of(leaf), List.of(month))).extracting(MonthlyCounts::bhyt)
			.singleElement()
			.satisfies(bhyt -> assertThat(bhyt).isGreaterThanOrEqualTo(2000L));
	}

	@Test
	void theSessionCookieIsHttpOnlyLaxAndSecureBehindHttps() throws Exception {
		HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

		HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("X-Forwarded-Proto", "https")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(proxied.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly",
				"SameSite=Lax");
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(plain.body());
		assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
	}

	private int put(String path, String header, String value, long bhyt) throws Exception {
		String body = "{\"bhyt\": " + bhyt + ", \"bhxhCompulsory\": 10, \"bhxhVoluntary\": 5, \"bhtn\": 8}";
		return http.send(request(path, "admin", "admin").header(header, value)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private HttpRequest.Builder request(String path, String username, String password) {
		String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Basic " + basic);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
