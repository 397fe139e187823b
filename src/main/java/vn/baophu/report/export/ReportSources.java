package vn.baophu.report.export;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.baophu.unit.UnitRef;

/**
 * Where the numbers of a report come from, for its footnote: the decisions that set the targets and
 * the sources of the denominators, over the unit's subtree (one index range scan on the path per
 * table).
 */
@Repository
@RequiredArgsConstructor
class ReportSources {

	private final JdbcClient jdbc;

	Sources of(UnitRef unit, int year) {
		Found decisions = distinct("""
				select t.decision, count(*) from target t join administrative_unit u on u.id = t.unit_id
				where unit_path_under(u.path, :path) and t.year = :year
				group by t.decision order by t.decision""", unit, year);
		Found denominators = distinct("""
				select d.source, count(*) from denominator d join administrative_unit u on u.id = d.unit_id
				where unit_path_under(u.path, :path) and d.year = :year
				group by d.source order by d.source""", unit, year);
		return new Sources(decisions.values(), decisions.rows(), decisions.withoutValue(), denominators.values(),
				denominators.rows(), denominators.withoutValue());
	}

	private Found distinct(String sql, UnitRef unit, int year) {
		List<String> values = new ArrayList<>();
		long[] rows = new long[2];
		jdbc.sql(sql).param("path", unit.path()).param("year", year).query(rs -> {
			String value = rs.getString(1);
			long count = rs.getLong(2);
			rows[0] += count;
			if (value == null || value.isBlank()) {
				rows[1] += count;
			}
			else {
				values.add(value.strip());
			}
		});
		return new Found(values, rows[0], rows[1]);
	}

	private record Found(List<String> values, long rows, long withoutValue) {
	}

	/**
	 * The sources of one report.
	 *
	 * @param decisions the distinct decisions setting the year's targets in the subtree
	 * @param targets how many targets there are
	 * @param targetsWithoutDecision how many of them name no decision
	 * @param denominatorSources the distinct sources of the year's denominators in the subtree
	 * @param denominators how many denominators (unit and year) there are
	 * @param denominatorsWithoutSource how many of them name no source
	 */
	record Sources(List<String> decisions, long targets, long targetsWithoutDecision, List<String> denominatorSources,
			long denominators, long denominatorsWithoutSource) {
	}
}
