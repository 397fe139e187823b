package vn.baophu.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.baophu.shared.PositionalSql;
import vn.baophu.unit.SubtreeSql;
import vn.baophu.unit.UnitRef;

/**
 * The SQL behind the trend: two statements whatever the size of the subtree or the number of months,
 * each one index range scan over the unit's path, grouped by the child the leaf lies under and, for the
 * figures, by month; history follows the territory back through reforms. Like the gap table, a sum counts only when every leaf below has the value.
 */
@Repository
@RequiredArgsConstructor
class DashboardQueries {

	private static final String LEAVES = SubtreeSql.LEAVES_OPEN_AT_MONTH_END;

	// Both statements are built once, not per request, and made positional once (see PositionalSql).
	private static final PositionalSql DENOMINATORS = new PositionalSql(denominatorsSql());

	private static final PositionalSql FIGURES = new PositionalSql(figuresSql());

	private final JdbcClient jdbc;

	/**
	 * Leaf counts and the denominators of the period's year, the year before and the one before that
	 * (for the December two years back), per child (key: the child's id) and for the whole unit
	 * ({@link SubtreeSql#TOTAL}; for a leaf unit, its own sums). The leaves are those that exist at the period's end; a leaf a reform formed
	 * takes, for a year it has no denominator of its own, its predecessors' ({@link SubtreeSql#SOURCES}).
	 */
	Map<String, LeafDenominators> denominators(UnitRef unit, YearMonth period) {
		int year = period.getYear();
		Map<String, LeafDenominators> result = new HashMap<>();
		jdbc.sql(DENOMINATORS.sql())
			.params(DENOMINATORS.args(Map.of("path", unit.path(), "year", year, "monthEnd", period.atEndOfMonth(),
					"start0", LocalDate.of(year, 1, 1), "start1", LocalDate.of(year - 1, 1, 1),
					"start2", LocalDate.of(year - 2, 1, 1))))
			.query((rs, rowNum) -> {
				String key = SubtreeSql.key(rs);
				int leaves = rs.getInt("leaves");
				Map<Integer, Denominators> byYear = new HashMap<>();
				for (int back = 0; back <= 2; back++) {
					int column = 4 + back * 4;
					byYear.put(year - back, new Denominators(complete(rs, column, leaves), complete(rs, column + 2, leaves)));
				}
				result.put(key, new LeafDenominators(leaves, byYear));
				return key;
			})
			.list();
		return result;
	}

	/**
	 * Participants summed per month from {@code from} to {@code to} (the period shown), per child and
	 * for the whole unit, over the leaves that exist at the period's end; a month before a leaf existed
	 * is that of the units a reform formed it from. A sum is kept only when all {@code leaves} of its key
	 * reported it (missing, not smaller).
	 */
	Map<String, Map<YearMonth, MonthSums>> figures(UnitRef unit, YearMonth from, YearMonth to,
			Map<String, Integer> leaves) {
		Map<String, Map<YearMonth, MonthSums>> result = new HashMap<>();
		jdbc.sql(FIGURES.sql())
			.params(FIGURES.args(Map.of("path", unit.path(), "monthEnd", to.atEndOfMonth(), "from", from.atDay(1),
					"to", to.atDay(1))))
			.query((rs, rowNum) -> {
				String key = SubtreeSql.key(rs);
				int expected = leaves.getOrDefault(key, 0);
				MonthSums sums = new MonthSums(complete(rs, 4, expected), complete(rs, 6, expected),
						complete(rs, 8, expected), complete(rs, 10, expected));
				result.computeIfAbsent(key, k -> new HashMap<>())
					// getObject, not getDate: pgjdbc's getDate goes through a Calendar, a tenth of the page's CPU
					.put(YearMonth.from(rs.getObject("period", LocalDate.class)), sums);
				return key;
			})
			.list();
		return result;
	}

	/** Denominators of one subtree in one year; {@code null} unless every leaf has one. */
	record Denominators(@Nullable Long population, @Nullable Long labourForce) {

		static final Denominators NONE = new Denominators(null, null);
	}

	/** How many leaves a subtree has, and its denominators per year. */
	record LeafDenominators(int leaves, Map<Integer, Denominators> byYear) {

		Denominators of(int year) {
			return byYear.getOrDefault(year, Denominators.NONE);
		}
	}

	/** Participants of one subtree at one month's end; {@code null} unless every leaf reported. */
	record MonthSums(@Nullable Long bhyt, @Nullable Long bhxhCompulsory, @Nullable Long bhxhVoluntary,
			@Nullable Long bhtn) {

		static final MonthSums NONE = new MonthSums(null, null, null, null);
	}

	/** The sum at {@code column} if its count (next column) covers every leaf, else null. */
	private static @Nullable Long complete(ResultSet rs, int column, int leaves) throws SQLException {
		long sum = rs.getLong(column);
		boolean present = !rs.wasNull();
		return present && leaves > 0 && rs.getInt(column + 1) == leaves ? sum : null;
	}

	private static String denominatorsSql() {
		List<String> inherited = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		List<String> sums = new ArrayList<>();
		for (int back = 0; back <= 2; back++) {
			String alive = SubtreeSql.existsOn("s", ":start" + back);
			for (String column : List.of("population", "labour_force")) {
				String name = "d" + back + "_" + column;
				inherited.add("case when bool_and(d%1$d.%2$s is not null) filter (where %3$s)"
						.formatted(back, column, alive) + " then sum(s.share * d%1$d.%2$s) filter (where %3$s) end as %4$s"
							.formatted(back, column, alive, name));
				columns.add("coalesce(d%1$d.%2$s, p.%3$s) as %3$s".formatted(back, column, name));
				sums.add(name);
			}
		}
		// A leaf's own rows are direct joins, as without reforms; only a leaf a reform formed looks at
		// its predecessors' rows, for the years it has none of its own.
		return LEAVES + SubtreeSql.SOURCES + """
				, inherited as (
				    select s.leaf,
				""" + String.join(",\n", inherited) + """

				    from source s
				    """ + SubtreeSql.joinPerSource("denominator", "d0", "year = :year") + """
				    """ + SubtreeSql.joinPerSource("denominator", "d1", "year = :year - 1") + """
				    """ + SubtreeSql.joinPerSource("denominator", "d2", "year = :year - 2") + """
				    where s.src <> s.leaf
				    group by s.leaf),
				per_leaf as (
				    select l.id as leaf, l.child,
				""" + String.join(",\n", columns) + """

				    from leaf l
				    left join denominator d0 on d0.unit_id = l.id and d0.year = :year
				    left join denominator d1 on d1.unit_id = l.id and d1.year = :year - 1
				    left join denominator d2 on d2.unit_id = l.id and d2.year = :year - 2
				    left join inherited p on p.leaf = l.id)
				select grouping(l.child) as is_total, l.child, count(*) as leaves,
				""" + SubtreeSql.roundedSums(sums.toArray(String[]::new)) + """
				from per_leaf l
				group by rollup (l.child)
				""";
	}

	private static String figuresSql() {
		String monthEnd = "(m.period + interval '1 month' - interval '1 day')::date";
		String values = String.join(",\n", List.of("bhyt", "bhxh_compulsory", "bhxh_voluntary", "bhtn").stream()
			.map(column -> "case when bool_and(f.%1$s is not null) then sum(f.share * f.%1$s) end as %1$s".formatted(column))
			.toList());
		// A leaf's own months are one index range per leaf (joined plainly, PostgreSQL read every
		// month of the whole country: 50 ms for a province); only the months before a leaf existed
		// walk its predecessors, month by month (each must have reported for the sum to count). Only
		// the leaves with such months are grouped: any other has one row a month, its own, and
		// grouping a province's 10 000 of them cost more than reading them.
		return LEAVES + SubtreeSql.SOURCES + """
				, months as (
				    select generate_series(cast(:from as date), cast(:to as date), interval '1 month')::date as period),
				own as (
				    select l.id as leaf, l.child, f.period, f.bhyt, f.bhxh_compulsory, f.bhxh_voluntary, f.bhtn
				    from leaf l
				    cross join lateral (select * from monthly_figures
				        where unit_id = l.id and period between :from and :to offset 0) f),
				inherited as (
				    select s.leaf, s.child, m.period, s.share, p.bhyt, p.bhxh_compulsory, p.bhxh_voluntary, p.bhtn
				    from source s
				    join months m on """ + SubtreeSql.existsOn("s", monthEnd) + """

				    """ + SubtreeSql.joinPerSource("monthly_figures", "p", "period = m.period") + """
				    where s.src <> s.leaf),
				per_leaf as (
				    select o.leaf, o.child, o.period, o.bhyt, o.bhxh_compulsory, o.bhxh_voluntary, o.bhtn
				    from own o
				    where not exists (select 1 from inherited i where i.leaf = o.leaf)
				    union all
				    select f.leaf, f.child, f.period,
				""" + values + """

				    from (select o.leaf, o.child, o.period, 1::numeric as share,
				                 o.bhyt, o.bhxh_compulsory, o.bhxh_voluntary, o.bhtn
				          from own o
				          where exists (select 1 from inherited i where i.leaf = o.leaf)
				          union all
				          select * from inherited) f
				    group by f.leaf, f.child, f.period)
				select grouping(l.child) as is_total, l.child, l.period,
				""" + SubtreeSql.roundedSums("bhyt", "bhxh_compulsory", "bhxh_voluntary", "bhtn") + """
				from per_leaf l
				group by grouping sets ((l.child, l.period), (l.period))
				""";
	}
}
