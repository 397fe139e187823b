package vn.baophu.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.baophu.shared.VietnamTime;

/** When each leaf's figures of a month were first complete: one SQL query over the subtree and the audit trail. */
@Component
class TimelinessQueries {

	/** A leaf of the subtree that exists in the month, with its figures' state. */
	record LeafRow(long id, String code, String name, String path, boolean complete, @Nullable Instant completedAt) {
	}

	record RuleRow(long unitId, String code, String name, String path, ReportingRule rule) {
	}

	private final JdbcClient jdbc;

	TimelinessQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * complete: the month's row has all four counts now; completed_at: the revision time (revinfo,
	 * milliseconds) of the first audited state with all four, or the row's last update when the audit
	 * trail has none (figures saved before auditing).
	 */
	List<LeafRow> leaves(String unitPath, YearMonth period) {
		return jdbc.sql("""
				select l.id, l.code, l.name, l.path,
				       coalesce(f.bhyt is not null and f.bhxh_compulsory is not null and f.bhxh_voluntary is not null
				                and f.bhtn is not null, false) as complete,
				       (select min(r.revtstmp) from monthly_figures_aud a join revinfo r on r.rev = a.rev
				        where a.unit_id = l.id and a.period = :period and a.revtype <> 2 and a.bhyt is not null
				          and a.bhxh_compulsory is not null and a.bhxh_voluntary is not null and a.bhtn is not null) as first_complete,
				       f.updated_at
				from administrative_unit l
				left join monthly_figures f on f.unit_id = l.id and f.period = :period
				where l.path like :path
				  and not exists (select 1 from administrative_unit c where c.parent_id = l.id)
				  and (l.closed_from is null or l.closed_from > :period)
				order by l.code""")
			.param("path", unitPath + "%")
			.param("period", period.atDay(1))
			.query((rs, row) -> {
				boolean complete = rs.getBoolean("complete");
				long first = rs.getLong("first_complete");
				Instant completedAt = !rs.wasNull() ? Instant.ofEpochMilli(first)
						: complete ? rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant() : null;
				return new LeafRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("path"),
						complete, complete ? completedAt : null);
			})
			.list();
	}

	List<RuleRow> rules() {
		return jdbc.sql("""
				select r.unit_id, r.due_day, r.month_offset, r.weekend_rule, u.code, u.name, u.path
				from reporting_deadline r join administrative_unit u on u.id = r.unit_id""")
			.query((rs, row) -> new RuleRow(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
					rs.getString("path"), new ReportingRule(rs.getInt("due_day"), rs.getInt("month_offset"),
							WeekendRule.valueOf(rs.getString("weekend_rule")))))
			.list();
	}

	/** Whether the day lies on or before the deadline, in Vietnam's time zone. */
	static boolean onTime(Instant completedAt, LocalDate deadline) {
		return !VietnamTime.dateOf(completedAt).isAfter(deadline);
	}
}
