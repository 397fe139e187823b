package vn.baophu.figures;

import lombok.RequiredArgsConstructor;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.baophu.audit.AuditRevisions;
import vn.baophu.shared.SequenceIds;
import vn.baophu.shared.SequenceIds.Chunk;

/**
 * Writes many months of figures at once (imports): one {@code insert … on conflict do update} per
 * chunk of rows, and their audit rows in the same statement, in the transaction's Envers revision.
 * The rows end as saving {@link MonthlyFigures} entity by entity left them: a new row has version 0
 * and an ADD audit row, a saved one is replaced (empty cells included), its version raised by one,
 * and gets a MOD audit row with its new state; every row written carries the user and the time. A
 * row written twice in one transaction keeps one audit row with its last state (ADD if it was added
 * in that transaction), as Envers merges them.
 * A national year (120 000 rows) takes seconds instead of a minute of entity saves, and no heap.
 */
@Component
@RequiredArgsConstructor
class FigureRowsWriter {

	private static final String UPSERT = """
			with input as (
			    select * from unnest(?::bigint[], ?::bigint[], ?::date[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
			        as i(id, unit_id, period, bhyt, bhxh_compulsory, bhxh_voluntary, bhtn)),
			saved as (
			    insert into monthly_figures as f (id, unit_id, period, bhyt, bhxh_compulsory, bhxh_voluntary, bhtn,
			                                      updated_at, updated_by, version)
			    select id, unit_id, period, bhyt, bhxh_compulsory, bhxh_voluntary, bhtn, ?, ?, 0 from input
			    on conflict (unit_id, period) do update
			        set bhyt = excluded.bhyt, bhxh_compulsory = excluded.bhxh_compulsory,
			            bhxh_voluntary = excluded.bhxh_voluntary, bhtn = excluded.bhtn,
			            updated_at = excluded.updated_at, updated_by = excluded.updated_by, version = f.version + 1
			    returning f.id, f.unit_id, f.period, f.bhyt, f.bhxh_compulsory, f.bhxh_voluntary, f.bhtn, f.updated_at,
			              f.updated_by, (f.xmax = 0) as inserted)
			insert into monthly_figures_aud (id, rev, revtype, unit_id, period, bhyt, bhxh_compulsory, bhxh_voluntary,
			                                 bhtn, updated_at, updated_by)
			select id, ?, case when inserted then 0 else 1 end, unit_id, period, bhyt, bhxh_compulsory, bhxh_voluntary,
			       bhtn, updated_at, updated_by
			from saved
			on conflict (id, rev) do update
			    set bhyt = excluded.bhyt, bhxh_compulsory = excluded.bhxh_compulsory,
			        bhxh_voluntary = excluded.bhxh_voluntary, bhtn = excluded.bhtn, updated_at = excluded.updated_at,
			        updated_by = excluded.updated_by, revtype = least(monthly_figures_aud.revtype, excluded.revtype)""";

	private final JdbcTemplate jdbc;
	private final AuditRevisions revisions;

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * Saves every row (a later row for the same unit and month wins, as it did entity by entity).
	 * Call inside a writing transaction after the closed-month check. Entities of figures already
	 * loaded in this transaction are not refreshed: imports read figures with SQL only.
	 */
	int save(List<MonthlyCounts> rows, String user) {
		if (rows.isEmpty()) {
			return 0;
		}
		Map<UnitMonth, MonthlyCounts> lastPerKey = new LinkedHashMap<>();
		rows.forEach(row -> lastPerKey.put(new UnitMonth(row.unitId(), row.period()), row));
		entityManager.flush();
		int revision = revisions.current();
		List<Chunk<MonthlyCounts>> chunks = SequenceIds.chunks(jdbc, "monthly_figures_seq",
				new ArrayList<>(lastPerKey.values()));
		OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
		for (Chunk<MonthlyCounts> part : chunks) {
			List<MonthlyCounts> chunk = part.rows();
			jdbc.execute((Connection connection) -> {
				try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
					statement.setArray(1, connection.createArrayOf("bigint", part.ids().toArray()));
					statement.setArray(2, longs(connection, chunk, 0));
					statement.setArray(3, connection.createArrayOf("text",
							chunk.stream().map(row -> row.period().atDay(1).toString()).toArray()));
					statement.setArray(4, longs(connection, chunk, 1));
					statement.setArray(5, longs(connection, chunk, 2));
					statement.setArray(6, longs(connection, chunk, 3));
					statement.setArray(7, longs(connection, chunk, 4));
					statement.setObject(8, now);
					statement.setString(9, user);
					statement.setInt(10, revision);
					int written = statement.executeUpdate();
					if (written != chunk.size()) {
						throw new IllegalStateException("Wrote " + written + " audit rows for " + chunk.size() + " figures");
					}
					return written;
				}
			});
		}
		return rows.size();
	}

	private static Array longs(Connection connection, List<MonthlyCounts> rows, int column) throws SQLException {
		Long[] values = new Long[rows.size()];
		for (int i = 0; i < values.length; i++) {
			MonthlyCounts row = rows.get(i);
			values[i] = switch (column) {
				case 0 -> row.unitId();
				case 1 -> row.bhyt();
				case 2 -> row.bhxhCompulsory();
				case 3 -> row.bhxhVoluntary();
				default -> row.bhtn();
			};
		}
		return connection.createArrayOf("bigint", values);
	}
}
