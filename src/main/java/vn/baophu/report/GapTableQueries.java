package vn.baophu.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.baophu.shared.Indicator;
import vn.baophu.shared.PositionalSql;
import vn.baophu.unit.SubtreeSql;
import vn.baophu.unit.UnitRef;

/**
 * The SQL behind a gap table: a fixed number of statements whatever the size of the subtree, each
 * one index range scan over the unit's path ('/1/7/%'), grouped by the child the leaf lies under.
 */
@Repository
@RequiredArgsConstructor
class GapTableQueries {

	private static final String LEAVES = SubtreeSql.LEAVES_OPEN_AT_MONTH_END;

	private static final List<String> FIGURES = List.of("bhyt", "bhxh_compulsory", "bhxh_voluntary", "bhtn");

	private static final List<String> DENOMINATORS = List.of("population", "labour_force");

	/** Built once: building it per request (formatting its 77 placeholders) took a third of a gap table's CPU. */
	private static final PositionalSql SUMS = new PositionalSql(sumsSql());

	private final JdbcClient jdbc;

	/**
	 * Sums per child of the unit (key: the child's id) and for the whole unit (key {@link SubtreeSql#TOTAL}; for a leaf unit, its own sums are the total). A
	 * value of a leaf formed by a reform, for a day before it existed (last month, last December, the
	 * denominators of a year it has none of its own for), is the share-weighted sum over the units it
	 * was formed from ({@link SubtreeSql#SOURCES}). People are rounded half up once, on the final sum.
	 */
	Map<String, SubtreeSums> sums(UnitRef unit, YearMonth period) {
		YearMonth previous = period.minusMonths(1);
		YearMonth lastDecember = YearMonth.of(period.getYear() - 1, 12);
		Map<String, SubtreeSums> sums = new HashMap<>();
		// LocalDate, not java.sql.Date: the driver writes it without going through a Calendar.
		Map<String, Object> values = Map.of("path", unit.path(), "year", period.getYear(),
				"yearStart", LocalDate.of(period.getYear(), 1, 1), "lastYearStart", LocalDate.of(period.getYear() - 1, 1, 1),
				"now", period.atDay(1), "previous", previous.atDay(1), "december", lastDecember.atDay(1),
				"monthEnd", period.atEndOfMonth(), "previousEnd", previous.atEndOfMonth(),
				"decemberEnd", lastDecember.atEndOfMonth());
		jdbc.sql(SUMS.sql())
			.params(SUMS.args(values))
			.query((rs, rowNum) -> {
				String key = SubtreeSql.key(rs);
				int leaves = rs.getInt("leaves");
				var thisYear = denominators(rs, 4, leaves);
				var lastYear = denominators(rs, 8, leaves);
				sums.put(key, new SubtreeSums(leaves, thisYear, lastYear, participants(rs, 12, leaves),
						participants(rs, 20, leaves), participants(rs, 28, leaves), rs.getBoolean("from_predecessors")));
				return key;
			})
			.list();
		return sums;
	}

	// A leaf no reform formed has one source, itself: its values are its own rows (a count of a day
	// before it opened is none), read without grouping; only the leaves a reform formed are grouped
	// over their sources. Grouping every leaf of a province over its 20 filtered sums cost more than
	// reading its rows.
	// Whether a leaf was formed is an index probe per leaf ("offset 0" keeps the exists a subplan): as a
	// semi-join it was planned as a hash of every reform link in the country.
	private static String sumsSql() {
		List<String> own = new ArrayList<>();
		own.addAll(ownValues("dy", DENOMINATORS, null));
		own.addAll(ownValues("dl", DENOMINATORS, null));
		own.addAll(ownValues("fc", FIGURES, null));
		own.addAll(ownValues("fp", FIGURES, ":previousEnd"));
		own.addAll(ownValues("fd", FIGURES, ":decemberEnd"));
		return LEAVES + SubtreeSql.SOURCES + """
				, per_leaf as (
				    select l.id as leaf, l.child,
				""" + String.join(",\n", own) + """
				, false as from_predecessors
				    from leaf l
				    %s
				    %s
				    %s
				    %s
				    %s
				    where not exists (select 1 from unit_predecessor p where p.unit_id = l.id)
				    union all
				    select s.leaf, s.child,
				""".formatted(SubtreeSql.joinPerUnit("l.id", "denominator", "dy", "year = :year"),
						SubtreeSql.joinPerUnit("l.id", "denominator", "dl", "year = :year - 1"),
						SubtreeSql.joinPerUnit("l.id", "monthly_figures", "fc", "period = :now"),
						SubtreeSql.joinPerUnit("l.id", "monthly_figures", "fp", "period = :previous"),
						SubtreeSql.joinPerUnit("l.id", "monthly_figures", "fd", "period = :december"))
				+ String.join(",\n", denominator("dy", "population", ":yearStart"),
				denominator("dy", "labour_force", ":yearStart"), denominator("dl", "population", ":lastYearStart"),
				denominator("dl", "labour_force", ":lastYearStart"), figures("fc", ":monthEnd"),
				figures("fp", ":previousEnd"), figures("fd", ":decemberEnd")) + """
				,
				        bool_or(s.src <> s.leaf and (%s or %s)) as from_predecessors
				    from source s
				    %s
				    %s
				    %s
				    %s
				    %s
				    where exists (select 1 from unit_predecessor p where p.unit_id = s.leaf offset 0)
				    group by s.leaf, s.child)
				select grouping(l.child) as is_total, l.child, count(*) as leaves,
				""".formatted(SubtreeSql.existsOn("s", ":previousEnd"), SubtreeSql.existsOn("s", ":decemberEnd"),
						SubtreeSql.joinPerSource("denominator", "dy", "year = :year"),
						SubtreeSql.joinPerSource("denominator", "dl", "year = :year - 1"),
						SubtreeSql.joinPerSource("monthly_figures", "fc", "period = :now"),
						SubtreeSql.joinPerSource("monthly_figures", "fp", "period = :previous"),
						SubtreeSql.joinPerSource("monthly_figures", "fd", "period = :december"))
				+ sums("dy_population", "dy_labour_force", "dl_population", "dl_labour_force") + ","
				+ sums(FIGURES.stream().map(column -> "fc_" + column).toArray(String[]::new)) + ","
				+ sums(FIGURES.stream().map(column -> "fp_" + column).toArray(String[]::new)) + ","
				+ sums(FIGURES.stream().map(column -> "fd_" + column).toArray(String[]::new)) + """
				, bool_or(l.from_predecessors) as from_predecessors
				from per_leaf l
				group by rollup (l.child)
				""";
	}

	/** A leaf's own columns, named {@code alias_column}; with a day, only if the leaf existed that day. */
	private static List<String> ownValues(String alias, List<String> columns, @Nullable String day) {
		return columns.stream()
			.map(column -> day == null ? "%1$s.%2$s as %1$s_%2$s".formatted(alias, column)
					: "case when %3$s then %1$s.%2$s end as %1$s_%2$s".formatted(alias, column, SubtreeSql.existsOn("l", day)))
			.toList();
	}

	private static String denominator(String alias, String column, String yearStart) {
		return "        " + SubtreeSql.leafDenominator(alias, column, yearStart);
	}

	private static String figures(String alias, String day) {
		return FIGURES.stream()
			.map(column -> "        " + SubtreeSql.leafCount(alias, column, day))
			.collect(java.util.stream.Collectors.joining(",\n"));
	}

	private static String sums(String... columns) {
		return SubtreeSql.roundedSums(columns);
	}

	/** Targets set for the unit itself and for each of its children (key: unit id). */
	Map<Long, Map<Indicator, BigDecimal>> ownTargets(UnitRef unit, int year) {
		Map<Long, Map<Indicator, BigDecimal>> targets = new HashMap<>();
		// Each unit's targets by their index: as a plain join PostgreSQL spent longer planning it than running it.
		jdbc.sql("""
				select u.id, t.indicator, t.rate from administrative_unit u
				cross join lateral (select indicator, rate from target where unit_id = u.id and year = :year offset 0) t
				where u.id = :unit or u.parent_id = :unit""")
			.param("year", year)
			.param("unit", unit.id())
			.query((rs, rowNum) -> targets.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
				.put(Indicator.valueOf(rs.getString(2)), rs.getBigDecimal(3)))
			.list();
		return targets;
	}

	/**
	 * For the unit and each of its children formed by a reform: the targets of {@code year} of the
	 * units they were formed from, as Σ rate × share × denominator and Σ share × denominator per
	 * indicator (key: unit id), for the ones without a target of their own.
	 */
	Map<Long, Map<Indicator, BigDecimal>> targetsOfPredecessors(UnitRef unit, int year) {
		Map<Long, Map<Indicator, BigDecimal>> targets = new HashMap<>();
		jdbc.sql("""
				select p.unit_id, t.indicator,
				       sum(t.rate * p.share * case when t.indicator = 'BHYT' then d.population else d.labour_force end),
				       sum(p.share * case when t.indicator = 'BHYT' then d.population else d.labour_force end)
				from administrative_unit u
				join unit_predecessor p on p.unit_id = u.id
				join target t on t.unit_id = p.predecessor_id and t.year = :year
				join denominator d on d.unit_id = p.predecessor_id and d.year = :year
				where u.id = :unit or u.parent_id = :unit
				group by p.unit_id, t.indicator
				having sum(p.share * case when t.indicator = 'BHYT' then d.population else d.labour_force end) > 0""")
			.param("year", year)
			.param("unit", unit.id())
			.query((rs, rowNum) -> targets.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
				.put(Indicator.valueOf(rs.getString(2)),
						rs.getBigDecimal(3).divide(rs.getBigDecimal(4), java.math.MathContext.DECIMAL128)))
			.list();
		return targets;
	}

	/**
	 * For each child without an own target: the targets set further down (the highest one on each
	 * branch) as Σ rate × denominator and Σ denominator over the units below that target (itself
	 * included) with a denominator of the year, so the caller can form the denominator-weighted average.
	 * Key: child id, then indicator. One range scan reads the subtree's targets (below the children)
	 * and denominators; the highest target of each branch is found here, an ancestor being one of the
	 * ids in a unit's path. As one SQL statement (a self-join of the targets over the ids in their
	 * paths) it ran in 11–18 ms for a province of 547 communes, and a generic plan of it for seconds.
	 * Each unit's targets and denominators are index lookups: joined plainly, PostgreSQL read the
	 * year's targets of the whole country (6 of the statement's 11 ms for a province).
	 */
	Map<String, Map<Indicator, WeightedSum>> targetsBelowChildren(UnitRef unit, int year) {
		record Target(long unitId, String path, Indicator indicator, BigDecimal rate) {
		}
		record Denominators(String path, @Nullable Long population, @Nullable Long labourForce) {
		}
		List<Target> targets = new ArrayList<>();
		List<Denominators> denominators = new ArrayList<>();
		jdbc.sql("""
				select true as is_target, u.id, u.path, t.indicator, t.rate, null::bigint as population,
				       null::bigint as labour_force
				from administrative_unit u
				cross join lateral (select indicator, rate from target
				    where unit_id = u.id and year = :year offset 0) t
				where unit_path_under(u.path, :path) and u.id <> :unit and u.parent_id is distinct from :unit
				union all
				select false, lu.id, lu.path, null, null, d.population, d.labour_force
				from administrative_unit lu
				cross join lateral (select population, labour_force from denominator
				    where unit_id = lu.id and year = :year offset 0) d
				where unit_path_under(lu.path, :path)""")
			.param("path", unit.path())
			.param("year", year)
			.param("unit", unit.id())
			.query(rs -> {
				if (rs.getBoolean("is_target")) {
					targets.add(new Target(rs.getLong("id"), rs.getString("path"), Indicator.valueOf(rs.getString("indicator")),
							rs.getBigDecimal("rate")));
				}
				else {
					denominators.add(new Denominators(rs.getString("path"), rs.getObject("population", Long.class),
							rs.getObject("labour_force", Long.class)));
				}
			});
		Map<Indicator, Set<Long>> withTarget = new EnumMap<>(Indicator.class);
		targets.forEach(t -> withTarget.computeIfAbsent(t.indicator(), i -> new HashSet<>()).add(t.unitId()));
		// The highest target of each branch: no unit above it (in the subtree, below the children) has one.
		Map<Long, List<Target>> frontier = new HashMap<>();
		for (Target target : targets) {
			Set<Long> sameIndicator = withTarget.get(target.indicator());
			boolean covered = ids(target.path()).stream()
				.anyMatch(id -> id != target.unitId() && sameIndicator.contains(id));
			if (!covered) {
				frontier.computeIfAbsent(target.unitId(), id -> new ArrayList<>()).add(target);
			}
		}
		String prefix = unit.path();
		Map<String, Map<Indicator, BigDecimal>> weighted = new HashMap<>();
		Map<String, Map<Indicator, Long>> weights = new HashMap<>();
		for (Denominators below : denominators) {
			for (long id : ids(below.path())) {
				for (Target target : frontier.getOrDefault(id, List.of())) {
					Long weight = target.indicator() == Indicator.BHYT ? below.population() : below.labourForce();
					if (weight == null) {
						continue;
					}
					String child = target.path().substring(prefix.length(), target.path().indexOf('/', prefix.length()));
					weighted.computeIfAbsent(child, c -> new EnumMap<>(Indicator.class))
						.merge(target.indicator(), target.rate().multiply(BigDecimal.valueOf(weight)), BigDecimal::add);
					weights.computeIfAbsent(child, c -> new EnumMap<>(Indicator.class))
						.merge(target.indicator(), weight, Long::sum);
				}
			}
		}
		Map<String, Map<Indicator, WeightedSum>> sums = new HashMap<>();
		weights.forEach((child, byIndicator) -> byIndicator.forEach((indicator, weight) -> {
			if (weight > 0) {
				sums.computeIfAbsent(child, c -> new EnumMap<>(Indicator.class))
					.put(indicator, new WeightedSum(weighted.get(child).get(indicator), weight));
			}
		}));
		return sums;
	}

	/** The ids in a path ('/1/7/42/'), root first. */
	private static List<Long> ids(String path) {
		List<Long> ids = new ArrayList<>();
		int start = 1;
		for (int end = path.indexOf('/', start); end > 0; start = end + 1, end = path.indexOf('/', start)) {
			ids.add(Long.parseLong(path, start, end, 10));
		}
		return ids;
	}

	record WeightedSum(BigDecimal weighted, long weight) {
	}

	private static SubtreeSums.Denominators denominators(ResultSet rs, int column, int leaves) throws SQLException {
		return new SubtreeSums.Denominators(complete(rs, column, leaves), complete(rs, column + 2, leaves));
	}

	private static SubtreeSums.Participants participants(ResultSet rs, int column, int leaves) throws SQLException {
		int bhxhReported = Math.min(rs.getInt(column + 3), rs.getInt(column + 5));
		return new SubtreeSums.Participants(complete(rs, column, leaves), complete(rs, column + 2, leaves),
				complete(rs, column + 4, leaves), complete(rs, column + 6, leaves), rs.getInt(column + 1),
				bhxhReported, rs.getInt(column + 7));
	}

	/** The sum at {@code column} if its count (next column) covers every leaf, else null. */
	private static @Nullable Long complete(ResultSet rs, int column, int leaves) throws SQLException {
		long sum = rs.getLong(column);
		boolean present = !rs.wasNull();
		return present && rs.getInt(column + 1) == leaves ? sum : null;
	}
}
