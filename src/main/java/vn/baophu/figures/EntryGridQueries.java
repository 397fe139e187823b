package vn.baophu.figures;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.baophu.unit.SubtreeSql;
import vn.baophu.unit.UnitRef;

/** The rows of a data-entry grid: every leaf below a unit, in one statement. */
@Repository
@RequiredArgsConstructor
class EntryGridQueries {

	/** Built once, not per request (see GapTableQueries). */
	private static final String ROWS = rowsSql();

	private final JdbcClient jdbc;

	/**
	 * Leaves below the unit (or the unit itself when it is one) that exist at the month's end. Last
	 * month and the year's denominators of a leaf a reform formed are its predecessors' when it has
	 * none of its own ({@link SubtreeSql#SOURCES}), so that the checks of a big move still hold.
	 */
	List<EntryRow> rows(UnitRef unit, YearMonth period) {
		return jdbc.sql(ROWS)
			.param("now", Date.valueOf(period.atDay(1)))
			.param("previous", Date.valueOf(period.minusMonths(1).atDay(1)))
			.param("previousEnd", Date.valueOf(period.minusMonths(1).atEndOfMonth()))
			.param("year", period.getYear())
			.param("yearStart", Date.valueOf(period.atDay(1).withDayOfYear(1)))
			.param("monthEnd", Date.valueOf(period.atEndOfMonth()))
			.param("path", unit.path())
			.query((rs, row) -> new EntryRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					values(rs, 5), rs.getLong(9), values(rs, 10), count(rs, 14), count(rs, 15)))
			.list();
	}

	private static Values values(ResultSet rs, int column) throws SQLException {
		return new Values(count(rs, column), count(rs, column + 1), count(rs, column + 2), count(rs, column + 3));
	}

	private static @Nullable Long count(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static String rowsSql() {
		String before = String.join(",\n", SubtreeSql.leafCount("fp", "bhyt", ":previousEnd"),
				SubtreeSql.leafCount("fp", "bhxh_compulsory", ":previousEnd"),
				SubtreeSql.leafCount("fp", "bhxh_voluntary", ":previousEnd"),
				SubtreeSql.leafCount("fp", "bhtn", ":previousEnd"),
				SubtreeSql.leafDenominator("d", "population", ":yearStart"),
				SubtreeSql.leafDenominator("d", "labour_force", ":yearStart"));
		return SubtreeSql.LEAVES_OPEN_AT_MONTH_END + SubtreeSql.SOURCES + """
				, before as (
				    select s.leaf,
				""" + before + """

				    from source s
				    """ + SubtreeSql.joinPerSource("monthly_figures", "fp", "period = :previous") + """
				    """ + SubtreeSql.joinPerSource("denominator", "d", "year = :year") + """
				    group by s.leaf)
				select u.id, u.code, u.name, p.name as parent_name,
				       fc.bhyt, fc.bhxh_compulsory, fc.bhxh_voluntary, fc.bhtn, coalesce(fc.version, -1) as version,
				       round(b.fp_bhyt)::bigint, round(b.fp_bhxh_compulsory)::bigint, round(b.fp_bhxh_voluntary)::bigint,
				       round(b.fp_bhtn)::bigint, round(b.d_population)::bigint, round(b.d_labour_force)::bigint
				from leaf l
				join administrative_unit u on u.id = l.id
				left join administrative_unit p on p.id = u.parent_id
				left join monthly_figures fc on fc.unit_id = u.id and fc.period = :now
				left join before b on b.leaf = u.id
				order by p.path, u.code""";
	}
}
