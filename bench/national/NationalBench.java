import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national benchmark (issue "Province scale"). Run by bench/national/run.sh against a running
 * application: generates deterministic synthetic denominators, targets (communes only) and monthly
 * figures for the real pre-2025 unit list, loads them through the import API, then measures the
 * latency of the gap tables, dashboard and exports, the imports, the bare SQL aggregate and the
 * throughput on the demo district (wrk), and prints a table with the goals beside the figures.
 *
 * Single-file Java (JDK 17+), run with the PostgreSQL JDBC driver on the class path.
 */
public class NationalBench {

	static final String BASE = env("BASE_URL", "http://localhost:8080");
	static final String USER = env("BAOPHU_USER", "admin");
	static final String PASSWORD = env("BAOPHU_PASSWORD", "admin");
	static final String JDBC = env("JDBC_URL", "jdbc:postgresql://localhost:" + env("BAOPHU_PG_PORT", "54329") + "/postgres");
	static final String JDBC_USER = env("JDBC_USER", "postgres");
	static final int REQUESTS = Integer.parseInt(env("REQUESTS", "100"));
	static final int LATENCY_WARMUP_SECONDS = seconds(env("LATENCY_WARMUP", "20s"));
	static final int EXPORTS = Integer.parseInt(env("EXPORT_REQUESTS", "10"));
	static final int LAST_YEAR = Integer.parseInt(env("LAST_YEAR", "2024"));
	static final String WRK_DURATION = env("WRK_DURATION", "15s");
	static final String WRK_WARMUP = env("WRK_WARMUP", "120s");
	static final int WRK_WARMUP_MAX_SECONDS = Integer.parseInt(env("WRK_WARMUP_MAX", "360"));
	static final String PROVINCE = "38"; // Tỉnh Thanh Hoá: 26 districts, 547 communes, the most of any province
	static final String DISTRICT = "380"; // Thành phố Thanh Hoá
	static final String DEMO = "844"; // Huyện Càng Long, the demo district (14 communes)
	static final String DEMO_PERIOD = "2023-06";

	/** Pages: the session cookie of the form sign-in. */
	static final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.version(HttpClient.Version.HTTP_1_1).build();
	/** The API: HTTP Basic and no cookie (an API request that shows the session cookie ends that session). */
	static final HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	static final String BASIC = "Basic " + Base64.getEncoder()
		.encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	static String sessionCookie = "";

	record Unit(String code, String name, String type, String parent, int level) {
	}

	record Stat(double p50, double p95, int n) {
	}

	record Line(String what, String measured, String goal, String verdict) {
	}

	static final List<Line> lines = new ArrayList<>();
	static final List<String> notes = new ArrayList<>();

	public static void main(String[] args) throws Exception {
		int years = args.length > 0 ? Integer.parseInt(args[0]) : 2;
		Path dataDir = Path.of(args.length > 1 ? args[1] : "src/main/resources/units");
		String load = uptimeLoad();
		System.out.printf("baophu national benchmark: %s, %d year(s) of figures up to %d, units from %s, load %s%n", BASE,
				years, LAST_YEAR, dataDir, load);

		List<Unit> units = readUnits(dataDir);
		List<Unit> communes = units.stream().filter(u -> u.level == 3).toList();
		System.out.printf("%d units (%d communes)%n", units.size(), communes.size());
		signIn();
		boolean fresh = get("/api/v1/units/" + PROVINCE + "/gap-table?period=" + LAST_YEAR + "-12", true).statusCode() == 404;
		notes.add(fresh ? "Loaded into a database without the national units: every import inserted new rows."
				: "The national data were already loaded: the imports replaced saved rows (updates).");

		Map<String, Stat> imports = new LinkedHashMap<>();
		if (!"1".equals(System.getenv("SKIP_LOAD"))) {
			load(units, communes, years, imports);
			loadReform(communes);
		}
		else {
			notes.add("SKIP_LOAD=1: nothing imported in this run.");
		}

		String period = LAST_YEAR + "-12";
		String commune = firstCommuneOf(units, DISTRICT);
		if (!"1".equals(System.getenv("SKIP_READS"))) {
			quietDatabase();
			measureReads(period, commune);
			measureTwoLevel();
		}
		measureThroughput();
		heap();
		print(years, load, uptimeLoad());
	}

	/**
	 * Waits (at most 5 minutes) until no autovacuum worker runs: after the imports replaced 360 000
	 * figures, vacuuming them took a core for a minute or more, and the reads measured in that time
	 * measured the vacuum (the district's ratio to the bare sums swung from 2.6 to 4.1 ×).
	 */
	static void quietDatabase() throws Exception {
		long start = System.nanoTime();
		try (Connection db = DriverManager.getConnection(JDBC, JDBC_USER, env("JDBC_PASSWORD", ""));
				PreparedStatement workers = db.prepareStatement(
						"select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'")) {
			int quietChecks = 0;
			while (quietChecks < 3 && System.nanoTime() - start < 300_000_000_000L) {
				try (ResultSet rs = workers.executeQuery()) {
					rs.next();
					quietChecks = rs.getInt(1) == 0 ? quietChecks + 1 : 0;
				}
				Thread.sleep(1000);
			}
		}
		long seconds = (System.nanoTime() - start) / 1_000_000_000L;
		System.out.printf("waited %d s for autovacuum to finish before measuring reads%n", seconds);
		notes.add("Reads measured after autovacuum had finished (waited " + seconds + " s).");
	}

	// ------------------------------------------------------------------ data

	static List<Unit> readUnits(Path dir) throws IOException {
		List<Unit> units = new ArrayList<>();
		for (String[] p : csv(dir.resolve("provinces_pre2025.csv"))) {
			String type = p[4].startsWith("Thành phố") ? "thành phố" : "tỉnh";
			units.add(new Unit(p[0], p[2], type, "", 1));
		}
		for (String[] d : csv(dir.resolve("districts_pre2025.csv"))) {
			String type = d[4].startsWith("Thành phố") ? "thành phố" : d[4].toLowerCase(Locale.ROOT);
			units.add(new Unit(d[0], d[2], type, d[5], 2));
		}
		for (String[] c : csv(dir.resolve("communes_pre2025.csv"))) {
			units.add(new Unit(c[0], c[2], c[4].toLowerCase(Locale.ROOT), c[5], 3));
		}
		return units;
	}

	/** The data rows of a simple CSV (no quoted commas in these files). */
	static List<String[]> csv(Path file) throws IOException {
		List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String[]> rows = new ArrayList<>();
		for (String line : all.subList(1, all.size())) {
			if (!line.isBlank()) {
				if (line.contains("\"")) {
					throw new IllegalStateException("Quoted CSV is not expected: " + line);
				}
				rows.add(line.split(",", -1));
			}
		}
		return rows;
	}

	static String firstCommuneOf(List<Unit> units, String district) {
		return units.stream().filter(u -> u.level == 3 && u.parent.equals(district)).map(Unit::code).sorted().findFirst()
			.orElseThrow();
	}

	/** A generator of its own per commune, so that every value depends only on the code (and the seed). */
	static SplittableRandom random(String code, long salt) {
		return new SplittableRandom(20241231L * 31 + Long.parseLong(code) * 1_000_003L + salt);
	}

	static long population(String code, int year) {
		long base = 3_000 + random(code, 1).nextInt(22_000);
		return Math.round(base * Math.pow(1.01, year - 2020));
	}

	static long labourForce(String code, int year) {
		return Math.round(population(code, year) * (0.55 + random(code, 2).nextInt(100) / 1000.0));
	}

	static String denominators(List<Unit> communes, int firstYear, int lastYear) {
		StringBuilder csv = new StringBuilder("unit_code,year,population,labour_force,source\n");
		for (int year = firstYear; year <= lastYear; year++) {
			for (Unit c : communes) {
				csv.append(c.code).append(',').append(year).append(',').append(population(c.code, year)).append(',')
					.append(labourForce(c.code, year)).append(",synthetic (bench/national)\n");
			}
		}
		return csv.toString();
	}

	static String targets(List<Unit> communes, int firstYear, int lastYear) {
		StringBuilder csv = new StringBuilder("unit_code,year,indicator,rate,decision\n");
		for (int year = firstYear; year <= lastYear; year++) {
			for (Unit c : communes) {
				SplittableRandom r = random(c.code, 100 + year);
				rate(csv, c, year, "BHYT", 88 + r.nextInt(1000) / 100.0);
				rate(csv, c, year, "BHXH", 14 + r.nextInt(1200) / 100.0);
				rate(csv, c, year, "BHXH_TN", 2 + r.nextInt(400) / 100.0);
				rate(csv, c, year, "BHTN", 11 + r.nextInt(1000) / 100.0);
			}
		}
		return csv.toString();
	}

	static void rate(StringBuilder csv, Unit c, int year, String indicator, double rate) {
		csv.append(c.code).append(',').append(year).append(',').append(indicator).append(',')
			.append(String.format(Locale.ROOT, "%.2f", rate)).append(",synthetic\n");
	}

	/** Counts that grow about 0.4 % a month with a little noise: no 10 % jumps, never above the denominators. */
	static String figures(List<Unit> communes, List<YearMonth> periods) {
		StringBuilder csv = new StringBuilder("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\n");
		for (YearMonth period : periods) {
			for (Unit c : communes) {
				row(csv, c.code, period, counts(c.code, period));
			}
		}
		return csv.toString();
	}

	static void row(StringBuilder csv, String code, YearMonth period, long[] counts) {
		csv.append(code).append(',').append(period).append(',').append(counts[0]).append(',').append(counts[1])
			.append(',').append(counts[2]).append(',').append(counts[3]).append('\n');
	}

	/** BHYT, BHXH compulsory, BHXH voluntary and BHTN of a commune (of before the reform) in a month. */
	static long[] counts(String code, YearMonth period) {
		int month = (period.getYear() - 2020) * 12 + period.getMonthValue();
		SplittableRandom base = random(code, 3);
		SplittableRandom noise = random(code, 1000 + month);
		double growth = 1 + 0.004 * (month - 36);
		long population = population(code, period.getYear());
		long labour = labourForce(code, period.getYear());
		return new long[] { count(population, 0.80 * growth + base.nextInt(60) / 1000.0, noise),
				count(labour, 0.12 * growth + base.nextInt(60) / 1000.0, noise),
				count(labour, 0.02 * growth + base.nextInt(20) / 1000.0, noise),
				count(labour, 0.10 * growth + base.nextInt(50) / 1000.0, noise) };
	}

	static long count(long denominator, double share, SplittableRandom noise) {
		double value = denominator * Math.min(share, 0.97) * (1 + (noise.nextInt(100) - 50) / 10_000.0);
		return Math.min(Math.round(value), denominator);
	}

	static List<YearMonth> months(int year) {
		List<YearMonth> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(YearMonth.of(year, m));
		}
		return months;
	}

	// ------------------------------------------------------------------ load

	static void load(List<Unit> units, List<Unit> communes, int years, Map<String, Stat> imports) throws Exception {
		int firstYear = LAST_YEAR - years + 1;
		StringBuilder unitsCsv = new StringBuilder("code,name,type,parent_code\n");
		for (Unit u : units) {
			unitsCsv.append(u.code).append(',').append(u.name).append(',').append(u.type).append(',').append(u.parent)
				.append('\n');
		}
		if (reformApplied()) {
			// The codes kept by the reform now also name the new units, and the units import would take
			// the open one: the pre-2025 list is not imported again.
			notes.add("Units: the reform of 1/7/2025 was already applied; the pre-2025 list was not imported again.");
		}
		else {
			timedImport("units", unitsCsv.toString(), units.size(), "units (" + units.size() + " rows)");
		}
		timedImport("denominators", denominators(communes, firstYear - 1, LAST_YEAR), communes.size() * (years + 1),
				"denominators (" + communes.size() * (years + 1) + " rows, " + (firstYear - 1) + "–" + LAST_YEAR + ")");
		timedImport("targets", targets(communes, firstYear, LAST_YEAR), communes.size() * 4 * years,
				"targets (" + communes.size() * 4 * years + " rows, communes only)");
		// The first year month by month: the national-month import, twelve times.
		List<Double> monthTimes = new ArrayList<>();
		for (YearMonth month : months(firstYear)) {
			monthTimes.add(timedImport("figures", figures(communes, List.of(month)), communes.size(), null));
		}
		Stat month = stat(monthTimes);
		lines.add(new Line("import of one national month of figures (" + communes.size() + " rows), " + monthTimes.size()
				+ " months", ms(month), "≤ 1 000 ms", month.p95 <= 1000 ? "ok" : "FAILS"));
		// Every further year as one file, then the last one again (all its rows replaced).
		List<Double> yearTimes = new ArrayList<>();
		for (int year = firstYear + 1; year <= LAST_YEAR; year++) {
			yearTimes.add(timedImport("figures", figures(communes, months(year)), communes.size() * 12, null));
		}
		String again = figures(communes, months(LAST_YEAR));
		double replace = timedImport("figures", again, communes.size() * 12, null);
		if (!yearTimes.isEmpty()) {
			Stat year = stat(yearTimes);
			lines.add(new Line("import of one national year of figures (" + communes.size() * 12 + " rows, new)",
					ms(year), "≤ 5 000 ms", year.p95 <= 5000 ? "ok" : "FAILS"));
		}
		lines.add(new Line("the same year imported again (every row replaced)", String.format(Locale.ROOT, "%.0f ms",
				replace), "≤ 5 000 ms", replace <= 5000 ? "ok" : "FAILS"));
	}

	// ------------------------------------------------------------------ the reform of 1 July 2025

	static final int REFORM_YEAR = 2025;
	static final String TWO_LEVEL_PERIOD = REFORM_YEAR + "-12";

	static boolean reformApplied() throws SQLException {
		try (Connection db = DriverManager.getConnection(JDBC, JDBC_USER, env("JDBC_PASSWORD", ""));
				ResultSet rs = db.createStatement().executeQuery(
						"select count(*) from administrative_unit where opened_from = date '2025-07-01'")) {
			rs.next();
			return rs.getLong(1) > 0;
		}
	}

	/**
	 * Applies the reform of 1 July 2025 (the catalogue's mapping: 34 provinces holding 3 321 communes
	 * directly) and loads 2025: the year's denominators and targets for the communes of before (the
	 * plan of 1 January was made for them; the new communes' are derived from them by share), the
	 * figures of January to June for those, and of July to December for the new communes, each the
	 * share-weighted sum of the counts of the communes it was formed from (so under its derived
	 * denominators, with no jump at the reform).
	 */
	static void loadReform(List<Unit> communes) throws Exception {
		if (!reformApplied()) {
			long start = System.nanoTime();
			HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(BASE
					+ "/api/v1/catalogue/reform-2025-07-01")).header("Authorization", BASIC)
				.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("The reform of 1/7/2025 was refused: HTTP " + response.statusCode() + " "
						+ response.body().substring(0, Math.min(response.body().length(), 2000)));
			}
			notes.add(String.format(Locale.ROOT, "Load: the reform of 1/7/2025 applied in %.1f s.",
					(System.nanoTime() - start) / 1e9));
		}
		timedImport("denominators", denominators(communes, REFORM_YEAR, REFORM_YEAR), communes.size(),
				"denominators of " + REFORM_YEAR + " (" + communes.size() + " communes of before the reform)");
		timedImport("targets", targets(communes, REFORM_YEAR, REFORM_YEAR), communes.size() * 4,
				"targets of " + REFORM_YEAR + " (" + communes.size() * 4 + " rows, communes of before the reform)");
		timedImport("figures", figures(communes, months(REFORM_YEAR).subList(0, 6)), communes.size() * 6,
				"figures of January–June " + REFORM_YEAR + " (" + communes.size() * 6 + " rows)");
		Map<String, List<String[]>> formedFrom = formedCommunes();
		StringBuilder csv = new StringBuilder("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\n");
		for (YearMonth period : months(REFORM_YEAR).subList(6, 12)) {
			formedFrom.forEach((code, sources) -> {
				double[] sum = new double[4];
				for (String[] source : sources) {
					long[] counts = counts(source[0], period);
					double share = Double.parseDouble(source[1]) / 100;
					for (int i = 0; i < 4; i++) {
						sum[i] += share * counts[i];
					}
				}
				row(csv, code, period, new long[] { (long) sum[0], (long) sum[1], (long) sum[2], (long) sum[3] });
			});
		}
		timedImport("figures", csv.toString(), formedFrom.size() * 6, "figures of July–December " + REFORM_YEAR + " ("
				+ formedFrom.size() * 6 + " rows, the " + formedFrom.size() + " communes formed by the reform)");
	}

	/** The communes formed on 1/7/2025: code → the codes they were formed from, with the share (%). */
	static Map<String, List<String[]>> formedCommunes() throws SQLException {
		Map<String, List<String[]>> formed = new java.util.TreeMap<>();
		try (Connection db = DriverManager.getConnection(JDBC, JDBC_USER, env("JDBC_PASSWORD", ""));
				ResultSet rs = db.createStatement().executeQuery("""
						select u.code, s.code, p.share from administrative_unit u
						join unit_predecessor p on p.unit_id = u.id
						join administrative_unit s on s.id = p.predecessor_id
						where u.opened_from = date '2025-07-01'
						  and not exists (select 1 from administrative_unit c where c.parent_id = u.id)""")) {
			while (rs.next()) {
				formed.computeIfAbsent(rs.getString(1), code -> new ArrayList<>())
					.add(new String[] { rs.getString(2), rs.getBigDecimal(3).toPlainString() });
			}
		}
		return formed;
	}

	/**
	 * The same province after the reform: its communes directly under it, its history (last December,
	 * the trend's first half) in the communes and districts of before. Computed on every request, as above.
	 */
	static void measureTwoLevel() throws Exception {
		System.out.println("measuring the two-level province, period " + TWO_LEVEL_PERIOD + " …");
		String q = "?period=" + TWO_LEVEL_PERIOD;
		Stat ownRows = sql(PROVINCE, TWO_LEVEL_PERIOD);
		Stat sql = sqlThroughReform(PROVINCE, TWO_LEVEL_PERIOD);
		Stat json = latency("/api/v1/units/" + PROVINCE + "/gap-table" + q, true, REQUESTS, true);
		Stat page = latency("/units/" + PROVINCE + "/gap" + q, false, REQUESTS, true);
		Stat dashJson = latency("/api/v1/units/" + PROVINCE + "/dashboard" + q, true, REQUESTS, true);
		Stat xlsx = latency("/units/" + PROVINCE + "/gap.xlsx" + q, false, EXPORTS, true);
		Stat pdf = latency("/units/" + PROVINCE + "/gap.pdf" + q, false, EXPORTS, true);
		String what = "province " + PROVINCE + " after 1/7/2025 (" + communesDirectlyUnder(PROVINCE) + " communes directly)";
		lines.add(new Line("gap-table JSON, " + what + ", " + TWO_LEVEL_PERIOD, ms(json), "p95 ≤ 50 ms",
				json.p95 <= 50 ? "ok" : "FAILS"));
		lines.add(new Line("bare SQL: the communes' own rows only (not the same numbers)", ms(ownRows), "—", ""));
		lines.add(new Line("bare SQL: sums per commune through the reform's links (the limit)", ms(sql), "—", ""));
		ratio("two-level province", json, sql);
		lines.add(new Line("gap-table page, two-level province " + PROVINCE, ms(page), "p95 ≤ 100 ms",
				page.p95 <= 100 ? "ok" : "FAILS"));
		lines.add(new Line("dashboard JSON, two-level province " + PROVINCE, ms(dashJson), "p95 ≤ 150 ms",
				dashJson.p95 <= 150 ? "ok" : "FAILS"));
		lines.add(new Line("gap table of two-level province " + PROVINCE + " as .xlsx", ms(xlsx), "≤ 1 000 ms",
				xlsx.p95 <= 1000 ? "ok" : "FAILS"));
		lines.add(new Line("gap table of two-level province " + PROVINCE + " as PDF", ms(pdf), "≤ 1 000 ms",
				pdf.p95 <= 1000 ? "ok" : "FAILS"));
	}

	static long communesDirectlyUnder(String code) throws SQLException {
		try (Connection db = DriverManager.getConnection(JDBC, JDBC_USER, env("JDBC_PASSWORD", ""));
				PreparedStatement statement = db.prepareStatement("""
						select count(*) from administrative_unit c join administrative_unit p on p.id = c.parent_id
						where p.code = ? and p.opened_from = date '2025-07-01'""")) {
			statement.setString(1, code);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** Imports through the API with HTTP Basic; returns the wall time in ms; fails unless every row was saved. */
	static double timedImport(String kind, String csv, int rows, String label) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/api/v1/import/" + kind))
			.header("Authorization", BASIC).header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
		long start = System.nanoTime();
		HttpResponse<String> response = api.send(request, HttpResponse.BodyHandlers.ofString());
		double ms = (System.nanoTime() - start) / 1e6;
		Matcher imported = Pattern.compile("\"imported\"\\s*:\\s*(\\d+)").matcher(response.body());
		if (response.statusCode() != 200 || !imported.find() || Integer.parseInt(imported.group(1)) != rows) {
			String body = response.body();
			throw new IllegalStateException("Import of " + kind + " failed: HTTP " + response.statusCode() + " "
					+ body.substring(0, Math.min(body.length(), 2000)));
		}
		System.out.printf("  imported %-12s %7d rows in %8.0f ms (%.1f MB)%n", kind, rows, ms, csv.length() / 1e6);
		if (label != null) {
			notes.add(String.format(Locale.ROOT, "Load: %s in %.1f s.", label, ms / 1000));
		}
		return ms;
	}

	// ------------------------------------------------------------------ reads

	static void measureReads(String period, String commune) throws Exception {
		System.out.println("measuring reads, period " + period + " …");
		String q = "?period=" + period;
		Stat sqlProvince = sql(PROVINCE, period);
		Stat sqlDistrict = sql(DISTRICT, period);
		Stat sqlCommune = sql(commune, period);
		Stat jsonProvince = latency("/api/v1/units/" + PROVINCE + "/gap-table" + q, true, REQUESTS, true);
		Stat jsonDistrict = latency("/api/v1/units/" + DISTRICT + "/gap-table" + q, true, REQUESTS, true);
		Stat jsonCommune = latency("/api/v1/units/" + commune + "/gap-table" + q, true, REQUESTS, true);
		Stat pageProvince = latency("/units/" + PROVINCE + "/gap" + q, false, REQUESTS, true);
		Stat pageDistrict = latency("/units/" + DISTRICT + "/gap" + q, false, REQUESTS, true);
		Stat pageCommune = latency("/units/" + commune + "/gap" + q, false, REQUESTS, true);
		Stat dashJson = latency("/api/v1/units/" + PROVINCE + "/dashboard" + q, true, REQUESTS, true);
		Stat dashPage = latency("/units/" + PROVINCE + "/dashboard" + q, false, REQUESTS, true);
		Stat xlsx = latency("/units/" + PROVINCE + "/gap.xlsx" + q, false, EXPORTS, true);
		Stat pdf = latency("/units/" + PROVINCE + "/gap.pdf" + q, false, EXPORTS, true);
		Stat jsonProvinceKept = latency("/api/v1/units/" + PROVINCE + "/gap-table" + q, true, REQUESTS, false);

		lines.add(new Line("gap-table JSON, province " + PROVINCE + " (Thanh Hoá)", ms(jsonProvince), "p95 ≤ 50 ms",
				jsonProvince.p95 <= 50 ? "ok" : "FAILS"));
		lines.add(new Line("bare SQL: sums per district for the month (the limit)", ms(sqlProvince), "—", ""));
		ratio("province", jsonProvince, sqlProvince);
		lines.add(new Line("gap-table JSON, province, kept (no change since the last request)", ms(jsonProvinceKept), "—", ""));
		lines.add(new Line("gap-table JSON, district " + DISTRICT + " (Thành phố Thanh Hoá)", ms(jsonDistrict), "—", ""));
		lines.add(new Line("bare SQL, district " + DISTRICT, ms(sqlDistrict), "—", ""));
		ratio("district", jsonDistrict, sqlDistrict);
		lines.add(new Line("gap-table JSON, commune " + commune, ms(jsonCommune), "—", ""));
		lines.add(new Line("bare SQL, commune " + commune, ms(sqlCommune), "—", ""));
		lines.add(new Line("gap-table page, province " + PROVINCE, ms(pageProvince), "p95 ≤ 100 ms",
				pageProvince.p95 <= 100 ? "ok" : "FAILS"));
		lines.add(new Line("gap-table page, district " + DISTRICT, ms(pageDistrict), "—", ""));
		lines.add(new Line("gap-table page, commune " + commune, ms(pageCommune), "—", ""));
		lines.add(new Line("dashboard JSON, province " + PROVINCE, ms(dashJson), "p95 ≤ 150 ms",
				dashJson.p95 <= 150 ? "ok" : "FAILS"));
		lines.add(new Line("dashboard page, province " + PROVINCE, ms(dashPage), "—", ""));
		lines.add(new Line("gap table of province " + PROVINCE + " as .xlsx", ms(xlsx), "≤ 1 000 ms",
				xlsx.p95 <= 1000 ? "ok" : "FAILS"));
		lines.add(new Line("gap table of province " + PROVINCE + " as PDF", ms(pdf), "≤ 1 000 ms",
				pdf.p95 <= 1000 ? "ok" : "FAILS"));
	}

	static void ratio(String what, Stat app, Stat sql) {
		double ratio = app.p50 / sql.p50;
		lines.add(new Line("ratio app / bare SQL, " + what + " (p50 / p50)", String.format(Locale.ROOT, "%.1f ×", ratio),
				"≤ 3 ×", ratio <= 3 ? "ok" : "FAILS"));
	}

	static HttpResponse<byte[]> get(String path, boolean basic) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
		if (basic) {
			request.header("Authorization", BASIC);
		}
		return (basic ? api : http).send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Sequential requests after a warm-up of the same requests for LATENCY_WARMUP (20 s) and at least as
	 * many as are measured: the steady state of a server that has been running. Measured 100 requests
	 * after only 100 on a freshly started application, the province's JSON took 29 ms at p50, and
	 * 19 ms once the JIT had compiled its code (fifth session). Every answer must be 200.
	 * <p>
	 * {@code computed}: a change to the data is committed before each request (untimed), so the
	 * application computes the table afresh instead of serving the one it kept (sixth session): these
	 * figures are the cost of computing, as in the runs before the tables were kept.
	 */
	static Stat latency(String path, boolean basic, int n, boolean computed) throws Exception {
		long warmUntil = System.nanoTime() + LATENCY_WARMUP_SECONDS * 1_000_000_000L;
		for (int i = 0; i < Math.max(5, n) || System.nanoTime() < warmUntil; i++) {
			if (computed) {
				changeTheData();
			}
			HttpResponse<byte[]> response = get(path, basic);
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode());
			}
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (computed) {
				changeTheData();
			}
			long start = System.nanoTime();
			HttpResponse<byte[]> response = get(path, basic);
			double ms = (System.nanoTime() - start) / 1e6;
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode());
			}
			times.add(ms);
		}
		Stat stat = stat(times);
		System.out.printf("  %-60s p50 %7.1f ms  p95 %7.1f ms%n", path, stat.p50, stat.p95);
		return stat;
	}

	static Connection dataChanges; // opened by the first change

	/** Commits a change to the figures (a statement that touches no row): every kept table is out of date. */
	static void changeTheData() throws SQLException {
		if (dataChanges == null) {
			dataChanges = DriverManager.getConnection(JDBC, JDBC_USER, env("JDBC_PASSWORD", ""));
		}
		try (Statement statement = dataChanges.createStatement()) {
			statement.execute("delete from monthly_figures where false");
		}
	}

	/**
	 * The statement behind a gap table's sums (leaves of the subtree, this month, last month, last
	 * December and both years' denominators, per child with ROLLUP), as GapTableQueries.sums runs it,
	 * straight over JDBC: the least any gap table of that unit can cost.
	 */
	static Stat sql(String code, String period) throws Exception {
		String sql = """
				with leaf as (
				    select u.id, split_part(substr(u.path, length(?) + 1), '/', 1) as child
				    from administrative_unit u
				    where u.path like ? || '%'
				      and not exists (select 1 from administrative_unit c where c.parent_id = u.id)
				      and (u.closed_from is null or u.closed_from > ?))
				select grouping(l.child) as is_total, l.child, count(*) as leaves,
				    sum(dy.population)::bigint, count(dy.population), sum(dy.labour_force)::bigint, count(dy.labour_force),
				    sum(dl.population)::bigint, count(dl.population), sum(dl.labour_force)::bigint, count(dl.labour_force),
				""" + figureColumns("fc") + "," + figureColumns("fp") + "," + figureColumns("fd") + """
				from leaf l
				""" + valueJoins("l.id") + """
				group by rollup (l.child)
				""";
		return timeSums(code, period, sql, "bare SQL sums under ");
	}

	/** Runs a sums statement (parameters: path, path, month end, year, year, month, previous month, last December). */
	static Stat timeSums(String code, String period, String sql, String label) throws Exception {
		YearMonth month = YearMonth.parse(period);
		try (Connection db = DriverManager.getConnection(JDBC, JDBC_USER, env("JDBC_PASSWORD", ""))) {
			String path;
			try (PreparedStatement unit = db.prepareStatement("select path from administrative_unit where code = ?"
					+ " and (opened_from is null or opened_from <= ?) and (closed_from is null or closed_from > ?)")) {
				unit.setString(1, code);
				unit.setObject(2, month.atEndOfMonth());
				unit.setObject(3, month.atEndOfMonth());
				try (ResultSet rs = unit.executeQuery()) {
					rs.next();
					path = rs.getString(1);
				}
			}
			List<Double> times = new ArrayList<>();
			int warmUp = Math.max(5, REQUESTS / 5);
			for (int i = 0; i < warmUp + REQUESTS; i++) {
				long start = System.nanoTime();
				try (PreparedStatement statement = db.prepareStatement(sql)) {
					statement.setString(1, path);
					statement.setString(2, path);
					statement.setObject(3, month.atEndOfMonth());
					statement.setInt(4, month.getYear());
					statement.setInt(5, month.getYear());
					statement.setObject(6, month.atDay(1));
					statement.setObject(7, month.minusMonths(1).atDay(1));
					statement.setObject(8, YearMonth.of(month.getYear() - 1, 12).atDay(1));
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							rs.getLong(4);
						}
					}
				}
				if (i >= warmUp) {
					times.add((System.nanoTime() - start) / 1e6);
				}
			}
			Stat stat = stat(times);
			System.out.printf("  %-60s p50 %7.1f ms  p95 %7.1f ms%n", label + code, stat.p50, stat.p95);
			return stat;
		}
	}

	/**
	 * As {@link #sql(String, String)} for a unit whose leaves a reform formed: a value of a day before a
	 * leaf existed is Σ share × value over the units it was formed from (the reform's links, followed
	 * back recursively), as the gap table computes it; the plain sums would leave last December and the
	 * year's denominators out. The least a gap table of the two-level province can cost.
	 */
	static Stat sqlThroughReform(String code, String period) throws Exception {
		String sql = """
				with recursive leaf as (
				    select u.id, split_part(substr(u.path, length(?) + 1), '/', 1) as child
				    from administrative_unit u
				    where u.path like ? || '%'
				      and not exists (select 1 from administrative_unit c where c.parent_id = u.id)
				      and (u.closed_from is null or u.closed_from > ?)),
				lineage(leaf, child, src, share) as (
				    select id, child, id, 1::numeric from leaf
				    union all
				    select ln.leaf, ln.child, p.predecessor_id, ln.share * p.share / 100
				    from lineage ln join unit_predecessor p on p.unit_id = ln.src)
				select grouping(ln.child) as is_total, ln.child, count(distinct ln.leaf) as leaves,
				""" + String.join(",", weighted("dy", "population"), weighted("dy", "labour_force"), weighted("dl", "population"),
				weighted("dl", "labour_force"), weighted("fc", "bhyt"), weighted("fc", "bhxh_compulsory"),
				weighted("fc", "bhxh_voluntary"), weighted("fc", "bhtn"), weighted("fp", "bhyt"),
				weighted("fp", "bhxh_compulsory"), weighted("fp", "bhxh_voluntary"), weighted("fp", "bhtn"),
				weighted("fd", "bhyt"), weighted("fd", "bhxh_compulsory"), weighted("fd", "bhxh_voluntary"),
				weighted("fd", "bhtn")) + """

				from lineage ln
				""" + valueJoins("ln.src") + """
				group by rollup (ln.child)
				""";
		return timeSums(code, period, sql, "bare SQL through the reform's links under ");
	}

	/** The year's and last year's denominators, and the month's, last month's and last December's figures of a unit. */
	static String valueJoins(String unit) {
		return """
				left join denominator dy on dy.unit_id = %1$s and dy.year = ?
				left join denominator dl on dl.unit_id = %1$s and dl.year = ? - 1
				left join monthly_figures fc on fc.unit_id = %1$s and fc.period = ?
				left join monthly_figures fp on fp.unit_id = %1$s and fp.period = ?
				left join monthly_figures fd on fd.unit_id = %1$s and fd.period = ?
				""".formatted(unit);
	}

	static String weighted(String alias, String column) {
		return "\n    round(sum(ln.share * %1$s.%2$s))::bigint, count(%1$s.%2$s)".formatted(alias, column);
	}

	static String figureColumns(String alias) {
		return String.join(",", "sum(%1$s.bhyt)::bigint", "count(%1$s.bhyt)", "sum(%1$s.bhxh_compulsory)::bigint",
				"count(%1$s.bhxh_compulsory)", "sum(%1$s.bhxh_voluntary)::bigint", "count(%1$s.bhxh_voluntary)",
				"sum(%1$s.bhtn)::bigint", "count(%1$s.bhtn)").formatted(alias) + "\n";
	}

	// ------------------------------------------------------------------ throughput

	static void measureThroughput() throws Exception {
		String q = "?period=" + DEMO_PERIOD;
		if (!wrkInstalled()) {
			notes.add("wrk is not installed (Debian: apt-get install -y wrk): no throughput figures.");
			return;
		}
		System.out.println("throughput on the demo district " + DEMO + " (wrk, 16 connections, " + WRK_DURATION + ") …");
		throughput("gap-table page, demo district " + DEMO, "/units/" + DEMO + "/gap" + q, false, 250, "pages/s");
		throughput("dashboard page, demo district " + DEMO, "/units/" + DEMO + "/dashboard" + q, false, 200, "pages/s");
		throughput("gap-table JSON, demo district " + DEMO, "/api/v1/units/" + DEMO + "/gap-table" + q, true, 800,
				"requests/s");
	}

	static boolean wrkInstalled() {
		try {
			return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	static void throughput(String what, String path, boolean basic, int goal, String unit) throws Exception {
		String header = basic ? "Authorization: " + BASIC : "Cookie: " + sessionCookie;
		HttpRequest check = HttpRequest.newBuilder(URI.create(BASE + path))
			.header(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':') + 2)).build();
		int status = HttpClient.newHttpClient().send(check, HttpResponse.BodyHandlers.discarding()).statusCode();
		if (status != 200) {
			throw new IllegalStateException("GET " + path + " with " + header.substring(0, header.indexOf(':'))
					+ " answers " + status + ", not 200");
		}
		String script = Path.of(env("BENCH_DIR", "bench/national"), "status.lua").toString();
		List<String> command = List.of("wrk", "-t2", "-c16", "-d" + WRK_DURATION, "--latency", "-s", script, "-H",
				header, BASE + path);
		// Warm-up under load: the JIT's C2 compiler took a core for tens of seconds after 3 s of it, and
		// a page served 180 pages/s after 40 s of load, 260 after two minutes (fourth session); the
		// dashboard page's C2 compiling went on for four to six minutes of load (fifth session). So the
		// load goes on, 30 s at a time, until two rounds in a row agree within 5 % (at most
		// WRK_WARMUP_MAX seconds in all): what is measured is the steady state.
		run(List.of("wrk", "-t2", "-c16", "-d" + WRK_WARMUP, "-H", header, BASE + path));
		List<String> rounds = new ArrayList<>();
		double previous = 0;
		for (int waited = seconds(WRK_WARMUP); waited < WRK_WARMUP_MAX_SECONDS; waited += 30) {
			Matcher round = Pattern.compile("Requests/sec:\\s+([0-9.]+)")
				.matcher(run(List.of("wrk", "-t2", "-c16", "-d30s", "-H", header, BASE + path)));
			double rate = round.find() ? Double.parseDouble(round.group(1)) : 0;
			rounds.add(String.format(Locale.ROOT, "%.0f", rate));
			if (previous > 0 && Math.abs(rate - previous) <= 0.05 * previous) {
				break;
			}
			previous = rate;
		}
		notes.add(what + ": warmed up " + WRK_WARMUP + ", then 30 s rounds at " + String.join(", ", rounds) + " " + unit + ".");
		String out = run(command);
		Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
		Matcher p50 = Pattern.compile("50%\\s+([0-9.]+)(us|ms|s)").matcher(out);
		Matcher bad = Pattern.compile("Answers not 200: ([1-9]\\d*)").matcher(out);
		Matcher errors = Pattern.compile("Socket errors: (.*)").matcher(out);
		if (!rate.find()) {
			throw new IllegalStateException("wrk said: " + out);
		}
		double perSecond = Double.parseDouble(rate.group(1));
		String latency = p50.find() ? ", p50 " + p50.group(1) + " " + p50.group(2) : "";
		String failed = "";
		if (bad.find()) {
			failed += ", " + bad.group(1) + " answers not 200";
		}
		if (errors.find()) {
			failed += ", socket errors " + errors.group(1);
		}
		System.out.printf("  %-60s %8.0f %s%s%s%n", path, perSecond, unit, latency, failed);
		lines.add(new Line(what + ", 16 connections", String.format(Locale.ROOT, "%.0f %s%s%s", perSecond, unit, latency,
				failed), "≥ " + goal + " " + unit, perSecond >= goal && failed.isEmpty() ? "ok" : "FAILS"));
	}

	/** "120s" → 120, "2m" → 120. */
	static int seconds(String duration) {
		int value = Integer.parseInt(duration.replaceAll("[^0-9]", ""));
		return duration.endsWith("m") ? value * 60 : value;
	}

	static String run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return out;
	}

	// ------------------------------------------------------------------ heap, sign-in, output

	static void heap() throws Exception {
		double used = metric("jvm.memory.used");
		double max = metric("jvm.memory.max");
		double committed = metric("jvm.memory.committed");
		double mib = 1024 * 1024;
		String measured = String.format(Locale.ROOT, "used %.0f MiB, committed %.0f MiB, max %.0f MiB", used / mib,
				committed / mib, max / mib);
		boolean small = max > 0 && max <= 512 * mib * 1.0001;
		lines.add(new Line("heap after the run (the app's -Xmx)", measured, "max ≤ 512 MiB (-Xmx512m)",
				small ? "ok" : "NOT -Xmx512m"));
	}

	static double metric(String name) throws Exception {
		HttpResponse<byte[]> response = get("/actuator/metrics/" + name + "?tag=area:heap", true);
		if (response.statusCode() != 200) {
			return -1;
		}
		Matcher value = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)").matcher(new String(response.body(),
				StandardCharsets.UTF_8));
		return value.find() ? Double.parseDouble(value.group(1)) : -1;
	}

	static void signIn() throws Exception {
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(BASE + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on " + BASE + "/login (is the application up?)");
		}
		String form = "username=" + enc(USER) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(BASE + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		if (post.statusCode() != 302 || post.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Sign-in as " + USER + " failed: HTTP " + post.statusCode());
		}
		sessionCookie = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
			.map(c -> c.getName() + "=" + c.getValue()).reduce((a, b) -> a + "; " + b).orElseThrow();
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static Stat stat(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return new Stat(rank(sorted, 0.50), rank(sorted, 0.95), sorted.length);
	}

	/** Nearest rank. */
	static double rank(double[] sorted, double q) {
		return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
	}

	static String ms(Stat s) {
		if (s.n == 1) {
			return round(s.p50) + " ms (once)";
		}
		return String.format(Locale.ROOT, "p50 %s ms, p95 %s ms (n = %d)", round(s.p50), round(s.p95), s.n);
	}

	static String round(double ms) {
		return ms < 10 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%.0f", ms);
	}

	static String uptimeLoad() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return String.join(" ", Arrays.copyOf(parts, 3));
		}
		catch (IOException ex) {
			return "?";
		}
	}

	static void print(int years, String loadBefore, String loadAfter) throws IOException {
		StringBuilder out = new StringBuilder();
		String when = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
		out.append("Run of ").append(when).append(", commit ").append(env("BENCH_COMMIT", "?")).append(", ")
			.append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ").append(loadBefore)
			.append(" before and ").append(loadAfter).append(" after; ").append(years)
			.append(" year(s) of national figures up to ").append(LAST_YEAR).append("-12, latencies after a warm-up, ")
			.append(REQUESTS).append(" requests each (exports ").append(EXPORTS).append(").\n\n");
		out.append("| what | measured | goal | |\n|---|---|---|---|\n");
		for (Line line : lines) {
			out.append("| ").append(line.what).append(" | ").append(line.measured).append(" | ").append(line.goal)
				.append(" | ").append(line.verdict).append(" |\n");
		}
		out.append('\n');
		for (String note : notes) {
			out.append("- ").append(note).append('\n');
		}
		System.out.println();
		System.out.print(out);
		String record = env("RECORD", "");
		if (!record.isEmpty()) {
			Path readme = Path.of(record);
			String text = Files.readString(readme);
			String begin = "<!-- national:begin -->";
			String end = "<!-- national:end -->";
			int from = text.indexOf(begin);
			int to = text.indexOf(end);
			if (from < 0 || to < 0) {
				throw new IllegalStateException(readme + " has no " + begin + " … " + end + " section");
			}
			text = text.substring(0, from + begin.length()) + "\n" + out + text.substring(to);
			Files.writeString(readme, text);
			System.out.println("Recorded in " + readme);
		}
	}

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isEmpty() ? fallback : value;
	}
}
