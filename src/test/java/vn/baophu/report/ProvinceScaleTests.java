package vn.baophu.report;

import java.io.Closeable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.coverage.TargetRate;
import vn.baophu.figures.FiguresService;
import vn.baophu.figures.ReportingStatus;
import vn.baophu.imports.ImportKind;
import vn.baophu.imports.ImportResult;
import vn.baophu.imports.ImportService;
import vn.baophu.shared.Indicator;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gap tables at province scale, in the database: about 3 300 generated units (a three-level province
 * of 3 000 communes, a two-level one of 150 communes directly under it, as after 1 July 2025, and a
 * small one), loaded through the imports. A gap table runs the same small number of SQL statements
 * whatever the size of the subtree (counted at the JDBC connection, no timing), and its numbers are
 * those of two slow paths: sums and denominator-weighted targets computed here in Java from the
 * generated data, and each child's own gap table (one per child).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceScaleTests {

	/**
	 * The statements of one gap table of a unit found by its code, whatever its size: the unit with its
	 * children and breadcrumb, the data version, sums, own targets and, where a child lacks a target, the
	 * targets below. Where a reform formed the unit or a child, three more: the links, the units they
	 * name, their targets.
	 */
	static final int MAX_STATEMENTS = 5;

	/** A gap table kept from an earlier request at the same data version: the unit's family and the version. */
	static final int KEPT_STATEMENTS = 2;

	static final int YEAR = 2031;
	static final YearMonth PERIOD = YearMonth.of(YEAR, 6);
	static final int DISTRICTS = 40;
	static final int COMMUNES_PER_DISTRICT = 75;
	static final int TWO_LEVEL_COMMUNES = 150;

	static final SignedInUser ADMINISTRATOR = new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true);

	@Autowired
	GapTableService gapTables;

	@Autowired
	UnitService units;

	@Autowired
	ImportService imports;

	@Autowired
	FiguresService reporting;

	@Autowired
	JdbcClient jdbc;

	/** Generated data: the communes of each child of each province, and their values. */
	final Map<String, List<String>> communesOfChild = new LinkedHashMap<>();
	final Map<String, long[]> denominators = new LinkedHashMap<>(); // commune → population, labour force (YEAR)
	final Map<String, Map<Indicator, BigDecimal>> targets = new LinkedHashMap<>(); // unit → own targets (YEAR)
	final Map<String, @Nullable Long[]> figures = new LinkedHashMap<>(); // commune → bhyt, bb, tn, bhtn (PERIOD)

	@BeforeAll
	void generate() {
		Random random = new Random(20310630L);
		StringBuilder unitsCsv = new StringBuilder("code,name,type,parent_code\n");
		unitsCsv.append("PSA,Tỉnh Ba Cấp,tỉnh,\nPSB,Tỉnh Hai Cấp,tỉnh,\nPSC,Tỉnh Nhỏ,tỉnh,\n");
		for (int d = 1; d <= DISTRICTS; d++) {
			String district = "PSA%02d".formatted(d);
			unitsCsv.append(district).append(",Huyện ").append(d).append(",huyện,PSA\n");
			List<String> communes = new ArrayList<>();
			for (int c = 1; c <= COMMUNES_PER_DISTRICT; c++) {
				String commune = district + "X%03d".formatted(c);
				unitsCsv.append(commune).append(",Xã ").append(d).append('-').append(c).append(",xã,").append(district)
					.append('\n');
				communes.add(commune);
			}
			communesOfChild.put(district, communes);
		}
		for (int c = 1; c <= TWO_LEVEL_COMMUNES; c++) {
			String commune = "PSBX%03d".formatted(c);
			unitsCsv.append(commune).append(",Phường ").append(c).append(",phường,PSB\n");
			communesOfChild.put(commune, List.of(commune));
		}
		for (int d = 1; d <= 2; d++) {
			String district = "PSC%02d".formatted(d);
			unitsCsv.append(district).append(",Huyện nhỏ ").append(d).append(",huyện,PSC\n");
			List<String> communes = new ArrayList<>();
			for (int c = 1; c <= 3; c++) {
				String commune = district + "X%03d".formatted(c);
				unitsCsv.append(commune).append(",Xã nhỏ ").append(c).append(",xã,").append(district).append('\n');
				communes.add(commune);
			}
			communesOfChild.put(district, communes);
		}
		List<String> allCommunes = communesOfChild.values().stream().flatMap(List::stream).toList();

		StringBuilder denominatorsCsv = new StringBuilder("unit_code,year,population,labour_force\n");
		StringBuilder targetsCsv = new StringBuilder("unit_code,year,indicator,rate,decision\n");
		StringBuilder figuresCsv = new StringBuilder("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\n");
		int index = 0;
		for (String commune : allCommunes) {
			index++;
			long population = 1_000 + random.nextInt(20_000);
			long labour = population * (40 + random.nextInt(30)) / 100;
			denominators.put(commune, new long[] { population, labour });
			for (int year : new int[] { YEAR - 1, YEAR }) {
				denominatorsCsv.append(commune).append(',').append(year).append(',').append(population).append(',')
					.append(labour).append('\n');
			}
			Map<Indicator, BigDecimal> own = new EnumMap<>(Indicator.class);
			own.put(Indicator.BHYT, rate(random, 85, 99));
			own.put(Indicator.BHXH, rate(random, 10, 40));
			own.put(Indicator.BHXH_TN, rate(random, 1, 9));
			if (index % 17 != 0) { // some communes have no BHTN target: their weight is left out
				own.put(Indicator.BHTN, rate(random, 8, 30));
			}
			targets.put(commune, own);
			Long[] counts = { population * (80 + random.nextInt(15)) / 100, labour * (10 + random.nextInt(20)) / 100,
					labour * random.nextInt(6) / 100, labour * (8 + random.nextInt(15)) / 100 };
			if (index % 233 == 0) { // a commune that did not report BHTN this month: its child's sum is missing
				counts[3] = null;
			}
			figures.put(commune, counts);
			for (YearMonth month : List.of(YearMonth.of(YEAR - 1, 12), PERIOD.minusMonths(1), PERIOD)) {
				figuresCsv.append(commune).append(',').append(month).append(',').append(counts[0]).append(',')
					.append(counts[1]).append(',').append(counts[2]).append(',')
					.append(month.equals(PERIOD) && counts[3] == null ? "" : String.valueOf(
							counts[3] == null ? 0 : counts[3]))
					.append('\n');
			}
		}
		// Two districts with targets of their own (which then cover their communes') and one province.
		for (String unit : List.of("PSA03", "PSA17", "PSC")) {
			Map<Indicator, BigDecimal> own = new EnumMap<>(Indicator.class);
			for (Indicator indicator : Indicator.values()) {
				own.put(indicator, rate(random, 5, 95));
			}
			targets.put(unit, own);
		}
		targets.forEach((unit, own) -> own.forEach((indicator, rate) -> targetsCsv.append(unit).append(',').append(YEAR)
			.append(',').append(indicator.name()).append(',').append(rate.toPlainString()).append(",QĐ 1\n")));

		load(ImportKind.UNITS, unitsCsv);
		load(ImportKind.DENOMINATORS, denominatorsCsv);
		load(ImportKind.TARGETS, targetsCsv);
		load(ImportKind.FIGURES, figuresCsv);
	}

	@Test
	void aGapTableRunsTheSameFewStatementsWhateverTheSizeOfTheSubtree() {
		// A committed change to the figures (of no row): every table kept so far is out of date.
		jdbc.sql("delete from monthly_figures where false").update();
		int bigProvince = Statements.count(() -> gapTables.gapTable("PSA", PERIOD, ADMINISTRATOR));
		int twoLevel = Statements.count(() -> gapTables.gapTable("PSB", PERIOD, ADMINISTRATOR));
		int small = Statements.count(() -> gapTables.gapTable("PSC", PERIOD, ADMINISTRATOR));
		int district = Statements.count(() -> gapTables.gapTable("PSA05", PERIOD, ADMINISTRATOR));
		int commune = Statements.count(() -> gapTables.gapTable("PSA05X001", PERIOD, ADMINISTRATOR));

		String counts = "province of 3 000 communes %d, two-level province %d, province of 6 communes %d, district %d, commune %d"
			.formatted(bigProvince, twoLevel, small, district, commune);
		assertThat(List.of(bigProvince, twoLevel, small, district, commune)).as(counts)
			.allSatisfy(count -> assertThat(count).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS));
		// The same statements as for one district of 75 communes (both derive their targets from below).
		assertThat(bigProvince).as(counts).isEqualTo(district);

		// Asked again with no change to the data: the same table, without computing it.
		GapTable kept = gapTables.gapTable("PSA", PERIOD, ADMINISTRATOR);
		assertThat(Statements.count(() -> assertThat(gapTables.gapTable("PSA", PERIOD, ADMINISTRATOR)).isSameAs(kept)))
			.isEqualTo(KEPT_STATEMENTS);
	}

	/**
	 * The home pages' questions about a province, one statement each whatever its size: the latest complete
	 * month (June misses the BHTN of every 233rd commune, May has all four counts everywhere) and who has
	 * not reported June.
	 */
	@Test
	void theLatestCompleteMonthAndTheMonthsReportingAreOneStatementEach() {
		String big = units.require("PSA").path();
		assertThat(Statements.count(() -> reporting.latestCompleteMonth(big))).isEqualTo(1);
		assertThat(Statements.count(() -> reporting.reportingStatus(big, PERIOD, 30))).isEqualTo(1);

		assertThat(reporting.latestCompleteMonth(big)).contains(PERIOD.minusMonths(1));
		assertThat(reporting.latestCompleteMonth(units.require("PSB").path())).contains(PERIOD.minusMonths(1));
		assertThat(reporting.latestCompleteMonth(units.require("PSC").path())).contains(PERIOD);
		List<String> missing = communesUnder("PSA").stream().filter(commune -> figures.get(commune)[3] == null).sorted()
			.toList();
		ReportingStatus june = reporting.reportingStatus(big, PERIOD, 30);
		assertThat(june.leaves()).isEqualTo(DISTRICTS * COMMUNES_PER_DISTRICT);
		assertThat(june.reported()).isEqualTo(DISTRICTS * COMMUNES_PER_DISTRICT - missing.size());
		assertThat(june.missing()).extracting(ReportingStatus.Missing::code).isEqualTo(missing);
	}

	@Test
	void aThreeLevelProvinceHasTheNumbersOfTheSlowPaths() {
		GapTable table = gapTables.gapTable(units.require("PSA"), PERIOD);
		assertThat(table.rows()).hasSize(DISTRICTS);
		assertThat(table.total().leaves()).isEqualTo(DISTRICTS * COMMUNES_PER_DISTRICT);
		table.rows().forEach(this::matchesJava);
		table.rows().forEach(row -> matchesItsOwnTable(row));
		assertThat(table.rows().stream().filter(row -> row.bhtnMissing()).count()).as("children with a missing BHTN")
			.isPositive();
		assertThat(table.total().bhtnMissing()).isTrue();
		assertThat(table.total().bhyt().participants()).isEqualTo(sum(communesUnder("PSA"), 0));
		assertThat(table.total().bhyt().target()).isNotNull();
		assertThat(table.total().bhyt().target().derived()).isTrue();
	}

	@Test
	void aTwoLevelProvinceHasTheNumbersOfTheSlowPaths() {
		GapTable table = gapTables.gapTable(units.require("PSB"), PERIOD);
		assertThat(table.rows()).hasSize(TWO_LEVEL_COMMUNES);
		table.rows().forEach(this::matchesJava);
		assertThat(table.total().bhyt().participants()).isEqualTo(sum(communesUnder("PSB"), 0));
		assertThat(table.total().bhyt().denominator()).isEqualTo(population(communesUnder("PSB")));
		// The province's own target is not set: derived from its 150 communes' own targets.
		sameTarget("PSB BHYT target", table.total().bhyt().target(), derived(communesUnder("PSB"), Indicator.BHYT));
	}

	@Test
	void aSmallProvinceWithItsOwnTargetsKeepsThem() {
		GapTable table = gapTables.gapTable(units.require("PSC"), PERIOD);
		table.rows().forEach(this::matchesJava);
		table.rows().forEach(row -> matchesItsOwnTable(row));
		sameTarget("PSC BHYT target", table.total().bhyt().target(), TargetRate.own(targets.get("PSC").get(Indicator.BHYT)));
	}

	/** The child's sums and target as computed here from the generated data. */
	private void matchesJava(GapRow row) {
		String child = row.unit().code();
		List<String> communes = communesOfChild.get(child);
		assertThat(row.leaves()).as(child).isEqualTo(communes.size());
		assertThat(row.bhyt().participants()).as(child + " BHYT").isEqualTo(sum(communes, 0));
		assertThat(row.bhxh().compulsory()).as(child + " BHXH bắt buộc").isEqualTo(sum(communes, 1));
		assertThat(row.bhxh().voluntary()).as(child + " BHXH tự nguyện").isEqualTo(sum(communes, 2));
		assertThat(row.bhtn().participants()).as(child + " BHTN").isEqualTo(sum(communes, 3));
		assertThat(row.bhyt().denominator()).as(child + " population").isEqualTo(population(communes));
		assertThat(row.bhtn().denominator()).as(child + " labour force").isEqualTo(labourForce(communes));
		sameTarget(child + " BHYT target", row.bhyt().target(), target(child, communes, Indicator.BHYT));
		sameTarget(child + " BHXH target", row.bhxh().total().target(), target(child, communes, Indicator.BHXH));
		sameTarget(child + " BHXH tự nguyện target", row.bhxh().voluntaryPart().target(),
				target(child, communes, Indicator.BHXH_TN));
		sameTarget(child + " BHTN target", row.bhtn().target(), target(child, communes, Indicator.BHTN));
		if (row.bhyt().target() != null && row.bhyt().participants() != null) {
			BigDecimal wanted = row.bhyt().target().percent().multiply(BigDecimal.valueOf(population(communes)))
				.divide(BigDecimal.valueOf(100));
			long remaining = wanted.subtract(BigDecimal.valueOf(sum(communes, 0)))
				.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
			assertThat(row.bhyt().remaining()).as(child + " BHYT still to enrol").isEqualTo(remaining);
		}
	}

	/** The child's row equals the total row of the child's own gap table (one more table per child). */
	private void matchesItsOwnTable(GapRow row) {
		GapRow own = gapTables.gapTable(row.unit(), PERIOD).total();
		assertThat(own.leaves()).isEqualTo(row.leaves());
		assertSame(row.unit().code() + " BHYT", row.bhyt(), own.bhyt());
		assertSame(row.unit().code() + " BHXH", row.bhxh().total(), own.bhxh().total());
		assertSame(row.unit().code() + " BHXH tự nguyện", row.bhxh().voluntaryPart(), own.bhxh().voluntaryPart());
		assertSame(row.unit().code() + " BHTN", row.bhtn(), own.bhtn());
	}

	/** The same rate (to the last digit, whatever the scale) and the same kind (own or derived). */
	private static void sameTarget(String what, @Nullable TargetRate actual, @Nullable TargetRate expected) {
		if (expected == null) {
			assertThat(actual).as(what).isNull();
			return;
		}
		assertThat(actual).as(what).isNotNull();
		assertThat(actual.derived()).as(what + " derived").isEqualTo(expected.derived());
		assertThat(actual.percent()).as(what).isEqualByComparingTo(expected.percent());
	}

	private static void assertSame(String what, IndicatorResult expected, IndicatorResult actual) {
		assertThat(actual).as(what).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
	}

	private @Nullable TargetRate target(String child, List<String> communes, Indicator indicator) {
		BigDecimal own = targets.getOrDefault(child, Map.of()).get(indicator);
		return own != null ? TargetRate.own(own) : derived(communes, indicator);
	}

	/** Σ rate × weight / Σ weight over the communes with that target: BHYT by population, the rest by labour force. */
	private @Nullable TargetRate derived(List<String> communes, Indicator indicator) {
		BigDecimal weighted = BigDecimal.ZERO;
		long weight = 0;
		for (String commune : communes) {
			BigDecimal rate = targets.get(commune).get(indicator);
			if (rate != null) {
				long w = denominators.get(commune)[indicator == Indicator.BHYT ? 0 : 1];
				weighted = weighted.add(rate.multiply(BigDecimal.valueOf(w)));
				weight += w;
			}
		}
		return TargetRate.derived(weighted, weight);
	}

	private List<String> communesUnder(String province) {
		return communesOfChild.entrySet().stream().filter(e -> e.getKey().startsWith(province))
			.flatMap(e -> e.getValue().stream()).toList();
	}

	private @Nullable Long sum(List<String> communes, int column) {
		long sum = 0;
		for (String commune : communes) {
			Long count = figures.get(commune)[column];
			if (count == null) {
				return null;
			}
			sum += count;
		}
		return sum;
	}

	private long population(List<String> communes) {
		return communes.stream().mapToLong(commune -> denominators.get(commune)[0]).sum();
	}

	private long labourForce(List<String> communes) {
		return communes.stream().mapToLong(commune -> denominators.get(commune)[1]).sum();
	}

	private static BigDecimal rate(Random random, int from, int to) {
		return BigDecimal.valueOf(from * 100L + random.nextInt((to - from) * 100), 2);
	}

	private void load(ImportKind kind, CharSequence csv) {
		ImportResult result = imports.importFile(kind, kind.name().toLowerCase(Locale.ROOT) + ".csv",
				csv.toString().getBytes(StandardCharsets.UTF_8), "admin", Locale.ENGLISH);
		assertThat(result.errors()).as(kind + " import").isEmpty();
		assertThat(result.saved()).isTrue();
	}

	/** Counts the statements the test's thread prepares or creates on the application's connections. */
	static final class Statements {

		private static final ThreadLocal<int @Nullable []> COUNT = new ThreadLocal<>();

		static int count(Supplier<?> work) {
			int[] count = { 0 };
			COUNT.set(count);
			try {
				work.get();
			}
			finally {
				COUNT.remove();
			}
			return count[0];
		}

		static DataSource counting(DataSource target) {
			return (DataSource) Proxy.newProxyInstance(Statements.class.getClassLoader(),
					new Class<?>[] { DataSource.class, Closeable.class }, (proxy, method, args) -> {
						Object result = call(method, target, args);
						return result instanceof Connection connection ? counting(connection) : result;
					});
		}

		private static Connection counting(Connection target) {
			return (Connection) Proxy.newProxyInstance(Statements.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						String name = method.getName();
						int[] count = COUNT.get();
						if (count != null && (name.equals("prepareStatement") || name.equals("prepareCall")
								|| name.equals("createStatement"))) {
							count[0]++;
						}
						return call(method, target, args);
					});
		}

		private static @Nullable Object call(Method method, Object target, Object @Nullable [] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}
	}

	@TestConfiguration
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource ? Statements.counting(dataSource) : bean;
				}
			};
		}
	}
}
