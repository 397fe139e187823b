package vn.baophu.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.baophu.audit.AuditComment;
import vn.baophu.unit.UnitRef;

/**
 * Closing and reopening months. Closing a month at a unit makes it read-only for every leaf below
 * (grid, import, API) until someone reopens it there with a written reason; both are audited.
 */
@Service
@Transactional(readOnly = true)
public class MonthStatusService {

	private final MonthClosingRepository closings;
	private final ReportingQueries reporting;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	MonthStatusService(MonthClosingRepository closings, ReportingQueries reporting, JdbcClient jdbc,
			PlatformTransactionManager transactions) {
		this.closings = closings;
		this.reporting = reporting;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	public MonthStatus statusOf(UnitRef unit, YearMonth period) {
		return jdbc.sql("""
				select u.code, u.name, c.changed_by, c.changed_at,
				       (select count(*) from month_closing b join administrative_unit bu on bu.id = b.unit_id
				        where b.closed and b.period = :period and unit_path_under(bu.path, :path) and bu.path <> :path) as closed_below
				from (select 1) one
				left join (month_closing c join administrative_unit u on u.id = c.unit_id)
				       on c.closed and c.period = :period and :path like u.path || '%'
				order by length(u.path) nulls last
				limit 1""")
			.param("period", Date.valueOf(period.atDay(1)))
			.param("path", unit.path())
			.query((rs, row) -> {
				String code = rs.getString(1);
				int below = rs.getInt(5);
				if (code != null) {
					return new MonthStatus(period, MonthStatus.State.CLOSED, code, rs.getString(2), rs.getString(3),
							rs.getTimestamp(4).toInstant(), below);
				}
				return new MonthStatus(period, below > 0 ? MonthStatus.State.PARTLY_CLOSED : MonthStatus.State.OPEN,
						null, null, null, null, below);
			})
			.single();
	}

	/** The closed subtrees for these months (few rows): callers test their units' paths against them. */
	public List<ClosedMonth> closedMonths(Collection<YearMonth> periods) {
		if (periods.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select u.path, u.code, c.period from month_closing c join administrative_unit u on u.id = c.unit_id
				where c.closed and c.period in (:periods)""")
			.param("periods", periods.stream().map(p -> Date.valueOf(p.atDay(1))).toList())
			.query((rs, row) -> new ClosedMonth(rs.getString(1), rs.getString(2),
					YearMonth.from(rs.getObject(3, LocalDate.class))))
			.list();
	}

	/**
	 * The months still to close at these units: for each, the months before {@code before} with figures
	 * in its subtree that are not closed at the unit or above (partly closed months included), newest
	 * first, at most {@code limit} in all, with how many leaves reported them. One query.
	 */
	public List<MonthToClose> waitingToClose(Collection<UnitRef> units, YearMonth before, int limit) {
		return reporting.waitingToClose(units.stream().map(UnitRef::id).toList(), before, limit);
	}

	/** Refuses a write to a month closed at this unit or above. */
	public void checkOpen(UnitRef unit, YearMonth period) {
		MonthStatus status = statusOf(unit, period);
		if (status.closed()) {
			throw new MonthClosedException(period, status.closedAtName());
		}
	}

	/**
	 * Refuses a write to any of these leaf months closed at the leaf itself or at any unit above it:
	 * a commune closed on its own stays closed when its district's grid is saved. Called just before
	 * writing, in the writing transaction; one query whatever the number of rows.
	 */
	void checkOpen(Collection<UnitMonth> written) {
		if (written.isEmpty()) {
			return;
		}
		Long[] unitIds = written.stream().map(UnitMonth::unitId).toArray(Long[]::new);
		String[] periods = written.stream().map(w -> w.period().atDay(1).toString()).toArray(String[]::new);
		jdbc.sql("""
				select w.period, cu.name
				from unnest(cast(:units as bigint[]), cast(:periods as date[])) as w(unit_id, period)
				join administrative_unit u on u.id = w.unit_id
				join month_closing c on c.closed and c.period = w.period
				join administrative_unit cu on cu.id = c.unit_id and u.path like cu.path || '%'
				limit 1""")
			.param("units", unitIds)
			.param("periods", periods)
			.query((rs, row) -> new MonthClosedException(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(2)))
			.optional()
			.ifPresent(closed -> {
				throw closed;
			});
	}

	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void close(UnitRef unit, YearMonth period, String user) {
		AuditComment.as(user, null, () -> transaction.execute(status -> {
			MonthClosing closing = closings.findByUnitIdAndPeriod(unit.id(), period.atDay(1))
				.orElseGet(() -> new MonthClosing(unit.id(), period, user));
			closing.close(user);
			return closings.save(closing);
		}));
	}

	/**
	 * Reopens the month at this unit; the reason is required and kept with the audit record. A
	 * month closed higher up must be reopened there. The comment is set around the whole
	 * transaction, so the audit revision written at commit carries it.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void reopen(UnitRef unit, YearMonth period, String reason, String user) {
		if (reason.isBlank()) {
			throw new IllegalArgumentException("A reason is required to reopen a month");
		}
		AuditComment.as(user, reason, () -> transaction.execute(status -> {
			MonthClosing closing = closings.findByUnitIdAndPeriod(unit.id(), period.atDay(1))
				.filter(MonthClosing::isClosed)
				.orElseThrow(() -> new IllegalStateException("Month " + period + " is not closed at " + unit.code()));
			closing.reopen(reason.trim(), user);
			return closing;
		}));
	}
}
