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
import vn.baophu.unit.UnitRef;

/** The rows of a data-entry grid: every leaf below a unit, in one statement. */
@Repository
@RequiredArgsConstructor
class EntryGridQueries {

	private final JdbcClient jdbc;

	/** Leaves below the unit (or the unit itself when it is one) that exist in the month. */
	List<EntryRow> rows(UnitRef unit, YearMonth period) {
		return jdbc.sql("""
				select u.id, u.code, u.name, p.name as parent_name,
				       fc.bhyt, fc.bhxh_compulsory, fc.bhxh_voluntary, fc.bhtn, coalesce(fc.version, -1) as version,
				       fp.bhyt, fp.bhxh_compulsory, fp.bhxh_voluntary, fp.bhtn,
				       d.population, d.labour_force
				from administrative_unit u
				left join administrative_unit p on p.id = u.parent_id
				left join monthly_figures fc on fc.unit_id = u.id and fc.period = :now
				left join monthly_figures fp on fp.unit_id = u.id and fp.period = :previous
				left join denominator d on d.unit_id = u.id and d.year = :year
				where u.path like :path || '%'
				  and not exists (select 1 from administrative_unit c where c.parent_id = u.id)
				  and (u.closed_from is null or u.closed_from > :monthEnd)
				order by p.path, u.code""")
			.param("now", Date.valueOf(period.atDay(1)))
			.param("previous", Date.valueOf(period.minusMonths(1).atDay(1)))
			.param("year", period.getYear())
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
}
