package vn.baophu.audit;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: the changes of the figures of every leaf below a unit in a month (or of
 * one cell), old and new value side by side, and the month's closing and reopening.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AuditHistoryService {

	static final List<String> COLUMNS = List.of("bhyt", "bhxh_bb", "bhxh_tn", "bhtn");

	private final JdbcClient jdbc;

	/**
	 * Changes of the month below the unit with this path, oldest first; {@code column} narrows it to
	 * one cell's column (the unit then being a leaf).
	 */
	public List<FigureChange> figureChanges(String unitPath, YearMonth period, @Nullable String column) {
		List<Revision> revisions = jdbc.sql("""
				select u.code, u.name, a.revtype, a.bhyt, a.bhxh_compulsory, a.bhxh_voluntary, a.bhtn,
				       r.username, r.revtstmp, r.comment, a.unit_id
				from monthly_figures_aud a
				join revinfo r on r.rev = a.rev
				join administrative_unit u on u.id = a.unit_id
				where a.period = :period and unit_path_under(u.path, :path)
				order by a.unit_id, r.rev""")
			.param("period", Date.valueOf(period.atDay(1)))
			.param("path", unitPath)
			.query((rs, row) -> revision(rs))
			.list();
		Map<Long, @Nullable Long[]> last = new HashMap<>();
		List<FigureChange> changes = new ArrayList<>();
		for (Revision revision : revisions) {
			Long[] before = last.getOrDefault(revision.unitId(), new Long[4]);
			for (int i = 0; i < COLUMNS.size(); i++) {
				if ((column == null || column.equals(COLUMNS.get(i))) && !Objects.equals(before[i], revision.values()[i])) {
					changes.add(new FigureChange(revision.code(), revision.name(), period.toString(), COLUMNS.get(i),
							before[i], revision.values()[i], revision.username(), revision.at(), revision.comment()));
				}
			}
			last.put(revision.unitId(), revision.values());
		}
		changes.sort((a, b) -> a.at().compareTo(b.at()));
		return changes;
	}

	/** Closing and reopening of the month at the unit, its ancestors and below. */
	public List<MonthStatusChange> monthStatusChanges(String unitPath, YearMonth period) {
		return jdbc.sql("""
				select u.code, u.name, a.closed, r.username, r.revtstmp, a.reason
				from month_closing_aud a
				join revinfo r on r.rev = a.rev
				join administrative_unit u on u.id = a.unit_id
				where a.period = :period and (unit_path_under(u.path, :path) or :path like u.path || '%')
				order by r.rev""")
			.param("period", Date.valueOf(period.atDay(1)))
			.param("path", unitPath)
			.query((rs, row) -> new MonthStatusChange(rs.getString(1), rs.getString(2), period.toString(),
					rs.getBoolean(3), rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6)))
			.list();
	}

	private static Revision revision(ResultSet rs) throws SQLException {
		Long[] values = new Long[4];
		boolean deleted = rs.getInt(3) == 2;
		for (int i = 0; i < 4; i++) {
			long value = rs.getLong(4 + i);
			values[i] = rs.wasNull() || deleted ? null : value;
		}
		return new Revision(rs.getLong(11), rs.getString(1), rs.getString(2), values, rs.getString(8),
				Instant.ofEpochMilli(rs.getLong(9)), rs.getString(10));
	}

	private record Revision(long unitId, String code, String name, @Nullable Long[] values, @Nullable String username,
			Instant at, @Nullable String comment) {
	}
}
