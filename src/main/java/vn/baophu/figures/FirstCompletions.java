package vn.baophu.figures;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When each leaf's figures of a month were first complete: one SQL query over the subtree and the figures' audit trail. */
@Component
@RequiredArgsConstructor
class FirstCompletions {

	private final JdbcClient jdbc;

	/**
	 * complete: the month's row has all four counts now; first_complete: the revision time (revinfo,
	 * milliseconds) of the first audited state with all four, or the row's last update when the audit
	 * trail has none (figures saved before auditing).
	 */
	List<LeafCompletion> under(String unitPath, YearMonth period) {
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
				where unit_path_under(l.path, :path)
				  and not exists (select 1 from administrative_unit c where c.parent_id = l.id)
				  and (l.closed_from is null or l.closed_from > :period)
				order by l.code""")
			.param("path", unitPath)
			.param("period", period.atDay(1))
			.query((rs, row) -> {
				boolean complete = rs.getBoolean("complete");
				long first = rs.getLong("first_complete");
				Instant completedAt = !rs.wasNull() ? Instant.ofEpochMilli(first)
						: complete ? rs.getObject("updated_at", OffsetDateTime.class).toInstant() : null;
				return new LeafCompletion(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
						rs.getString("path"), complete, complete ? completedAt : null);
			})
			.list();
	}
}
