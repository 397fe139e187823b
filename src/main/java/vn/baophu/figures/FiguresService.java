package vn.baophu.figures;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Monthly participant counts of leaf units. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class FiguresService {

	private final MonthlyFiguresRepository figures;
	private final MonthStatusService months;
	private final FirstCompletions completions;
	private final FigureRowsWriter writer;
	private final ReportingQueries reporting;
	private final JdbcClient jdbc;

	/** The saved figures of these units and months (one query; imports check a whole file against them). */
	public List<MonthlyCounts> find(Collection<Long> unitIds, Collection<YearMonth> periods) {
		if (unitIds.isEmpty() || periods.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select unit_id, period, bhyt, bhxh_compulsory, bhxh_voluntary, bhtn from monthly_figures
				where unit_id = any(cast(:units as bigint[])) and period = any(cast(:periods as date[]))""")
			.param("units", unitIds.toArray(Long[]::new))
			.param("periods", periods.stream().map(period -> period.atDay(1).toString()).toArray(String[]::new))
			.query((rs, row) -> new MonthlyCounts(rs.getLong(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
					count(rs, 3), count(rs, 4), count(rs, 5), count(rs, 6)))
			.list();
	}

	private static @Nullable Long count(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/**
	 * Every leaf of the subtree whose path is given that exists in the month (by code), with whether its
	 * figures of the month are complete and when they first were, by the audit trail.
	 */
	public List<LeafCompletion> firstCompletedUnder(String unitPath, YearMonth period) {
		return completions.under(unitPath, period);
	}

	/**
	 * Who reported the month in the subtree whose path is given ("/" for the whole tree): the leaves that
	 * exist at the month's end, how many have all four counts, and the first {@code listed} of the others
	 * by code. One query.
	 */
	public ReportingStatus reportingStatus(String unitPath, YearMonth period, int listed) {
		return reporting.status(unitPath, period, listed);
	}

	/**
	 * The latest complete month of the subtree whose path is given: the newest month in which every leaf
	 * that existed at the month's end reported all four counts; empty when there is none. One query.
	 */
	public Optional<YearMonth> latestCompleteMonth(String unitPath) {
		return reporting.latestComplete(unitPath);
	}

	/** The newest month with any figure in the subtree whose path is given. */
	public Optional<YearMonth> latestPeriodUnder(String unitPath) {
		return figures.findLatestPeriodUnder(unitPath).map(YearMonth::from);
	}

	/**
	 * Saves every row; a row for a unit and month already saved is replaced (empty cells included).
	 * Refused with {@link MonthClosedException}, nothing saved, when any row's month is closed for its unit.
	 */
	@Transactional
	public int save(List<MonthlyCounts> rows, String user) {
		months.checkOpen(rows.stream().map(row -> new UnitMonth(row.unitId(), row.period())).toList());
		// One statement per 10 000 rows (figures and audit rows), so SQL read models in the same transaction see them.
		return writer.save(rows, user);
	}
}
