package vn.baophu.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.baophu.unit.SubtreeSql;
import vn.baophu.unit.UnitRef;

/**
 * The SQL behind the trend: two statements whatever the size of the subtree or the number of months,
 * each one index range scan over the unit's path, grouped by the child the leaf lies under and, for the
 * figures, by month. Like the gap table, a sum counts only when every leaf below has the value.
 */
@Repository
@RequiredArgsConstructor
class DashboardQueries {

	/** Key of the whole unit (for a leaf unit, its own sums). */
	static final String TOTAL = "";

	private static final String LEAVES = SubtreeSql.LEAVES;

	private final JdbcClient jdbc;

	/**
	 * Leaf counts and the denominators of {@code year}, the year before and the one before that (for
	 * the December two years back), per child (key: the child's id) and for the whole unit ({@link #TOTAL}).
	 */
	Map<String, LeafDenominators> denominators(UnitRef unit, int year) {
		String sql = LEAVES + """
				select grouping(l.child) as is_total, l.child, count(*) as leaves,
				    sum(d0.population)::bigint, count(d0.population), sum(d0.labour_force)::bigint, count(d0.labour_force),
				    sum(d1.population)::bigint, count(d1.population), sum(d1.labour_force)::bigint, count(d1.labour_force),
				    sum(d2.population)::bigint, count(d2.population), sum(d2.labour_force)::bigint, count(d2.labour_force)
				from leaf l
				left join denominator d0 on d0.unit_id = l.id and d0.year = :year
				left join denominator d1 on d1.unit_id = l.id and d1.year = :year - 1
				left join denominator d2 on d2.unit_id = l.id and d2.year = :year - 2
				group by rollup (l.child)
				""";
		Map<String, LeafDenominators> result = new HashMap<>();
		jdbc.sql(sql)
			.param("path", unit.path())
			.param("year", year)
			.query((rs, rowNum) -> {
				String key = rs.getInt("is_total") == 1 ? TOTAL : rs.getString("child");
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
	 * Participants summed per month from {@code from} to {@code to}, per child and for the whole unit;
	 * a sum is kept only when all {@code leaves} of its key reported it (missing, not smaller).
	 */
	Map<String, Map<YearMonth, MonthSums>> figures(UnitRef unit, YearMonth from, YearMonth to,
			Map<String, Integer> leaves) {
		String sql = LEAVES + """
				select grouping(l.child) as is_total, l.child, f.period,
				    sum(f.bhyt)::bigint, count(f.bhyt), sum(f.bhxh_compulsory)::bigint, count(f.bhxh_compulsory),
				    sum(f.bhxh_voluntary)::bigint, count(f.bhxh_voluntary), sum(f.bhtn)::bigint, count(f.bhtn)
				from leaf l
				join monthly_figures f on f.unit_id = l.id and f.period between :from and :to
				group by grouping sets ((l.child, f.period), (f.period))
				""";
		Map<String, Map<YearMonth, MonthSums>> result = new HashMap<>();
		jdbc.sql(sql)
			.param("path", unit.path())
			.param("from", Date.valueOf(from.atDay(1)))
			.param("to", Date.valueOf(to.atDay(1)))
			.query((rs, rowNum) -> {
				String key = rs.getInt("is_total") == 1 ? TOTAL : rs.getString("child");
				int expected = leaves.getOrDefault(key, 0);
				MonthSums sums = new MonthSums(complete(rs, 4, expected), complete(rs, 6, expected),
						complete(rs, 8, expected), complete(rs, 10, expected));
				result.computeIfAbsent(key, k -> new HashMap<>())
					.put(YearMonth.from(rs.getDate("period").toLocalDate()), sums);
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
}
