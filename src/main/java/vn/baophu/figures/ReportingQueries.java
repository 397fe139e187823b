package vn.baophu.figures;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.baophu.unit.SubtreeSql;

/**
 * Who reported which month, over a subtree, each in one SQL statement. A leaf has reported a month when
 * its row of that month has all four counts (as for reporting timeliness), and a leaf is waited for only
 * in the months it exists at the end of (a unit's life span: a merged commune is not, nor the commune
 * formed later).
 */
@Component
@RequiredArgsConstructor
class ReportingQueries {

	private static final String COMPLETE = "f.bhyt is not null and f.bhxh_compulsory is not null"
			+ " and f.bhxh_voluntary is not null and f.bhtn is not null";

	/** The last day of the month whose first day is {@code period} (an SQL expression). */
	private static String monthEnd(String period) {
		return "(%s + interval '1 month' - interval '1 day')::date".formatted(period);
	}

	private final JdbcClient jdbc;

	ReportingStatus status(String path, YearMonth period, int listed) {
		List<ReportingStatus.Missing> missing = new ArrayList<>();
		int[] counts = new int[2];
		jdbc.sql(SubtreeSql.LEAVES_OPEN_AT_MONTH_END + """
				, status as (
				    select u.code, u.name, p.name as parent_name,
				           case when unit_path_under(p.path, :path) then p.code else u.code end as grid_code,
				           coalesce(%s, false) as complete
				    from leaf l
				    join administrative_unit u on u.id = l.id
				    left join administrative_unit p on p.id = u.parent_id
				    left join monthly_figures f on f.unit_id = l.id and f.period = :period)
				select t.leaves, t.reported, s.code, s.name, s.parent_name, s.grid_code
				from (select count(*) as leaves, count(*) filter (where complete) as reported from status) t
				left join lateral (select * from status where not complete order by code limit :listed) s on true"""
			.formatted(COMPLETE))
			.param("path", path)
			.param("monthEnd", Date.valueOf(period.atEndOfMonth()))
			.param("period", Date.valueOf(period.atDay(1)))
			.param("listed", listed)
			.query(rs -> {
				counts[0] = rs.getInt("leaves");
				counts[1] = rs.getInt("reported");
				if (rs.getString("code") != null) {
					missing.add(new ReportingStatus.Missing(rs.getString("code"), rs.getString("name"),
							rs.getString("parent_name"), rs.getString("grid_code")));
				}
			});
		return new ReportingStatus(period, counts[0], counts[1], missing);
	}

	/**
	 * The newest month in which every leaf of the subtree that existed at the month's end reported (the
	 * months tried are those with any figure in the subtree): one statement, the figures of the subtree
	 * read once and its leaves once per such month.
	 */
	Optional<YearMonth> latestComplete(String path) {
		return jdbc.sql("""
				with leaf as (
				    select u.id, u.opened_from, u.closed_from
				    from administrative_unit u
				    where unit_path_under(u.path, :path)
				      and not exists (select 1 from administrative_unit c where c.parent_id = u.id)),
				month as (
				    select f.period, %1$s as month_end, count(*) filter (where %2$s) as reported
				    from monthly_figures f
				    join leaf l on l.id = f.unit_id and %3$s
				    group by f.period)
				select m.period from month m
				where m.reported > 0
				  and m.reported = (select count(*) from leaf l where %4$s)
				order by m.period desc
				limit 1""".formatted(monthEnd("f.period"), COMPLETE, SubtreeSql.existsOn("l", monthEnd("f.period")),
					SubtreeSql.existsOn("l", "m.month_end")))
			.param("path", path)
			.query((rs, row) -> YearMonth.from(rs.getObject(1, LocalDate.class)))
			.optional();
	}

	/**
	 * For each of these units: the months before {@code before} with figures in its subtree that are not
	 * closed at the unit or above, newest first, at most {@code limit} rows in all, with how many of the
	 * leaves that existed then reported (counted for those rows only).
	 */
	List<MonthToClose> waitingToClose(Collection<Long> unitIds, YearMonth before, int limit) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				with scope as (
				    select s.id, s.code, s.name, s.path from administrative_unit s where s.id = any(cast(:ids as bigint[]))),
				leaf as (
				    select sc.id as scope_id, u.id, u.opened_from, u.closed_from
				    from scope sc
				    join administrative_unit u on unit_path_under(u.path, sc.path)
				    where not exists (select 1 from administrative_unit c where c.parent_id = u.id)),
				waiting as (
				    select m.scope_id, m.period, %1$s as month_end
				    from (select distinct l.scope_id, f.period
				          from leaf l join monthly_figures f on f.unit_id = l.id
				          where f.period < :before) m
				    join scope sc on sc.id = m.scope_id
				    where not exists (select 1 from month_closing c join administrative_unit cu on cu.id = c.unit_id
				                      where c.closed and c.period = m.period and unit_path_under(sc.path, cu.path))
				    order by m.period desc, sc.path
				    limit :limit)
				select sc.code, sc.name, w.period, count(l.id) as leaves, count(*) filter (where %2$s) as reported
				from waiting w
				join scope sc on sc.id = w.scope_id
				left join leaf l on l.scope_id = w.scope_id and %3$s
				left join monthly_figures f on f.unit_id = l.id and f.period = w.period
				group by sc.code, sc.name, sc.path, w.period
				order by w.period desc, sc.path
				""".formatted(monthEnd("m.period"), COMPLETE, SubtreeSql.existsOn("l", "w.month_end")))
			.param("ids", unitIds.toArray(Long[]::new))
			.param("before", Date.valueOf(before.atDay(1)))
			.param("limit", limit)
			.query((rs, row) -> new MonthToClose(rs.getString("code"), rs.getString("name"),
					YearMonth.from(rs.getObject("period", LocalDate.class)), rs.getInt("leaves"), rs.getInt("reported")))
			.list();
	}
}
