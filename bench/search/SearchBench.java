import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unit search at national scale (issue "Everyday use"): loads every province of the catalogue's
 * pre-2025 edition and applies the reform of 1/7/2025 through the API (10 035 communes closed on
 * that day, 3 321 formed), then times {@code GET /api/v1/units?q=} for names with and without
 * diacritics, codes and two-letter prefixes, as an administrator (the whole country in scope).
 * Single-file Java (JDK 17+), run with the PostgreSQL JDBC driver on the class path (bench/search/run.sh).
 */
public class SearchBench {

	static final String BASE = env("BASE_URL", "http://localhost:8080");
	static final String AUTH = "Basic " + Base64.getEncoder()
		.encodeToString((env("BAOPHU_USER", "admin") + ":" + env("BAOPHU_PASSWORD", "admin")).getBytes(StandardCharsets.UTF_8));
	static final String JDBC = env("JDBC_URL", "jdbc:postgresql://localhost:" + env("BAOPHU_PG_PORT", "54329") + "/postgres");
	static final int REQUESTS = Integer.parseInt(env("REQUESTS", "50"));
	static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/** What people type: names without and with diacritics, in capitals, codes, and two letters. */
	static final List<String> QUERIES = List.of("cang long", "càng long", "CANG LONG", "29266", "xa", "ph",
			"phu", "tan phu", "Tân Phú", "hoa binh", "nguyen hue", "phuong 1", "thanh hoa", "38", "quang");

	public static void main(String[] args) throws Exception {
		if (!"1".equals(System.getenv("SKIP_LOAD"))) {
			load();
		}
		String units = units();
		System.out.println(units);
		for (String q : QUERIES) { // warm-up
			for (int i = 0; i < 10; i++) {
				search(q);
			}
		}
		List<Double> all = new ArrayList<>();
		StringBuilder rows = new StringBuilder();
		for (String q : QUERIES) {
			List<Double> times = new ArrayList<>();
			String first = "";
			for (int i = 0; i < REQUESTS; i++) {
				long start = System.nanoTime();
				String body = search(q);
				times.add((System.nanoTime() - start) / 1e6);
				if (i == 0) {
					first = firstName(body);
				}
			}
			all.addAll(times);
			rows.append("| `%s` | %s | p50 %.1f ms, p95 %.1f ms |%n".formatted(q, first, pct(times, 50), pct(times, 95)));
		}
		double p95 = pct(all, 95);
		String table = """
				| query | best match | latency (n = %d each) |
				|---|---|---|
				%s| all queries | | p50 %.1f ms, p95 %.1f ms, max %.1f ms; goal ≤ 30 ms: %s |
				""".formatted(REQUESTS, rows, pct(all, 50), p95, Collections.max(all), p95 <= 30 ? "ok" : "FAILS");
		String heading = "Run of %s, commit %s, load average %s; %s."
			.formatted(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
					env("BENCH_COMMIT", "unknown"), Files.readString(Path.of("/proc/loadavg")).substring(0, 14).trim(), units);
		System.out.println(heading + "\n\n" + table);
		String record = System.getenv("RECORD");
		if (record != null && !record.isBlank()) {
			Path readme = Path.of(record);
			String text = Files.readString(readme);
			Matcher m = Pattern.compile("(?s)<!-- search:begin -->.*<!-- search:end -->").matcher(text);
			String block = "<!-- search:begin -->\n" + heading + "\n\n" + table + "<!-- search:end -->";
			Files.writeString(readme, m.find() ? m.replaceFirst(Matcher.quoteReplacement(block)) : text + "\n" + block + "\n");
		}
	}

	static void load() throws Exception {
		String provinces = send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/catalogue/pre2025/provinces")).GET());
		Matcher codes = Pattern.compile("\"code\"\\s*:\\s*\"(\\d+)\"").matcher(provinces);
		long start = System.nanoTime();
		int loaded = 0;
		while (codes.find()) {
			send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/catalogue/pre2025/provinces/" + codes.group(1)))
				.POST(HttpRequest.BodyPublishers.noBody()));
			loaded++;
		}
		System.out.printf("loaded %d provinces in %.1f s%n", loaded, (System.nanoTime() - start) / 1e9);
		start = System.nanoTime();
		send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/catalogue/reform-2025-07-01"))
			.POST(HttpRequest.BodyPublishers.noBody()));
		System.out.printf("reform of 1/7/2025 applied in %.1f s%n", (System.nanoTime() - start) / 1e9);
	}

	static String units() throws Exception {
		try (var connection = DriverManager.getConnection(JDBC, env("JDBC_USER", "postgres"), env("JDBC_PASSWORD", "postgres"));
				var rs = connection.createStatement().executeQuery("""
						select count(*) filter (where level = 'COMMUNE' and closed_from = date '2025-07-01'),
						       count(*) filter (where level = 'COMMUNE' and opened_from = date '2025-07-01'),
						       count(*) from administrative_unit""")) {
			rs.next();
			return "%d communes closed on 1/7/2025, %d formed on that day, %d units in all"
				.formatted(rs.getLong(1), rs.getLong(2), rs.getLong(3));
		}
	}

	static String search(String q) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/units?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET());
	}

	static String send(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = http.send(request.header("Authorization", AUTH).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.uri() + ": " + response.body());
		}
		return response.body();
	}

	static String firstName(String body) {
		Matcher name = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]*)\".*?\"parentName\"\\s*:\\s*(null|\"([^\"]*)\")").matcher(body);
		return name.find() ? name.group(1) + (name.group(3) == null ? "" : " — " + name.group(3)) : "(none)";
	}

	static double pct(List<Double> values, int p) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}
}
