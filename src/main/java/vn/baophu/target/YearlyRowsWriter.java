package vn.baophu.target;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.baophu.audit.AuditRevisions;
import vn.baophu.shared.SequenceIds;
import vn.baophu.shared.SequenceIds.Chunk;

/**
 * Writes many denominators or targets at once (imports): per chunk one statement that counts the rows
 * that would change, then one {@code insert … on conflict do update} that writes them and their audit
 * rows in the transaction's Envers revision. The rows end as saving the entities one by one left them:
 * a new row has version 0 and an ADD audit row; a saved row whose values differ is replaced, its
 * version raised, with a MOD audit row; a saved row with the same values is left alone, without an
 * audit row, and a file that changes nothing makes no revision. A row written twice in one transaction
 * keeps one audit row with its last state (ADD if it was added in that transaction), as Envers merges them.
 */
@Component
@RequiredArgsConstructor
class YearlyRowsWriter {

	private static final String DENOMINATOR_INPUT = """
			with input as (
			    select * from unnest(?::bigint[], ?::bigint[], ?::int[], ?::bigint[], ?::bigint[], ?::text[])
			        as i(id, unit_id, year, population, labour_force, source))
			""";

	private static final String DENOMINATOR_CHANGES = DENOMINATOR_INPUT + """
			select count(*) from input i left join denominator d on d.unit_id = i.unit_id and d.year = i.year
			where d.id is null
			   or (d.population, d.labour_force, d.source) is distinct from (i.population, i.labour_force, i.source)""";

	private static final String DENOMINATOR_UPSERT = DENOMINATOR_INPUT + """
			, saved as (
			    insert into denominator as d (id, unit_id, year, population, labour_force, source, version)
			    select id, unit_id, year, population, labour_force, source, 0 from input
			    on conflict (unit_id, year) do update
			        set population = excluded.population, labour_force = excluded.labour_force,
			            source = excluded.source, version = d.version + 1
			        where (d.population, d.labour_force, d.source)
			              is distinct from (excluded.population, excluded.labour_force, excluded.source)
			    returning d.id, d.unit_id, d.year, d.population, d.labour_force, d.source, (d.xmax = 0) as inserted)
			insert into denominator_aud (id, rev, revtype, unit_id, year, population, labour_force, source)
			select id, ?, case when inserted then 0 else 1 end, unit_id, year, population, labour_force, source
			from saved
			on conflict (id, rev) do update
			    set population = excluded.population, labour_force = excluded.labour_force, source = excluded.source,
			        revtype = least(denominator_aud.revtype, excluded.revtype)""";

	private static final String TARGET_INPUT = """
			with input as (
			    select * from unnest(?::bigint[], ?::bigint[], ?::int[], ?::text[], ?::numeric[], ?::text[])
			        as i(id, unit_id, year, indicator, rate, decision))
			""";

	private static final String TARGET_CHANGES = TARGET_INPUT + """
			select count(*) from input i
			left join target t on t.unit_id = i.unit_id and t.year = i.year and t.indicator = i.indicator
			where t.id is null or (t.rate, t.decision) is distinct from (i.rate, i.decision)""";

	private static final String TARGET_UPSERT = TARGET_INPUT + """
			, saved as (
			    insert into target as t (id, unit_id, year, indicator, rate, decision, version)
			    select id, unit_id, year, indicator, rate, decision, 0 from input
			    on conflict (unit_id, year, indicator) do update
			        set rate = excluded.rate, decision = excluded.decision, version = t.version + 1
			        where (t.rate, t.decision) is distinct from (excluded.rate, excluded.decision)
			    returning t.id, t.unit_id, t.year, t.indicator, t.rate, t.decision, (t.xmax = 0) as inserted)
			insert into target_aud (id, rev, revtype, unit_id, year, indicator, rate, decision)
			select id, ?, case when inserted then 0 else 1 end, unit_id, year, indicator, rate, decision
			from saved
			on conflict (id, rev) do update
			    set rate = excluded.rate, decision = excluded.decision,
			        revtype = least(target_aud.revtype, excluded.revtype)""";

	private final JdbcTemplate jdbc;
	private final AuditRevisions revisions;

	@PersistenceContext
	private EntityManager entityManager;

	/** Saves every row; a later row for the same unit and year wins. Inside a writing transaction. */
	int saveDenominators(List<DenominatorValues> rows) {
		List<Column<DenominatorValues>> columns = List.of(new Column<>("bigint", DenominatorValues::unitId),
				new Column<>("int", DenominatorValues::year), new Column<>("bigint", DenominatorValues::population),
				new Column<>("bigint", DenominatorValues::labourForce), new Column<>("text", DenominatorValues::source));
		write(rows, row -> row.unitId() + "/" + row.year(), columns, "denominator_seq", DENOMINATOR_CHANGES,
				DENOMINATOR_UPSERT);
		return rows.size();
	}

	/** Saves every row; a later row for the same unit, year and indicator wins. Inside a writing transaction. */
	int saveTargets(List<TargetValue> rows) {
		List<Column<TargetValue>> columns = List.of(new Column<>("bigint", TargetValue::unitId),
				new Column<>("int", TargetValue::year), new Column<>("text", row -> row.indicator().name()),
				new Column<>("numeric", TargetValue::rate), new Column<>("text", TargetValue::decision));
		write(rows, row -> row.unitId() + "/" + row.year() + "/" + row.indicator(), columns, "target_seq",
				TARGET_CHANGES, TARGET_UPSERT);
		return rows.size();
	}

	private record Column<T>(String type, Function<T, ?> value) {
	}

	private <T> void write(List<T> rows, Function<T, String> key, List<Column<T>> columns, String sequence,
			String changes, String upsert) {
		Map<String, T> lastPerKey = new LinkedHashMap<>();
		rows.forEach(row -> lastPerKey.put(key.apply(row), row));
		List<T> unique = new ArrayList<>(lastPerKey.values());
		if (unique.isEmpty()) {
			return;
		}
		entityManager.flush();
		Integer revision = null;
		for (Chunk<T> chunk : SequenceIds.chunks(jdbc, sequence, unique)) {
			Long changed = jdbc.execute((Connection connection) -> {
				try (PreparedStatement statement = connection.prepareStatement(changes)) {
					bind(connection, statement, chunk, columns);
					try (var rs = statement.executeQuery()) {
						rs.next();
						return rs.getLong(1);
					}
				}
			});
			if (changed == null || changed == 0) {
				continue;
			}
			if (revision == null) {
				revision = revisions.current();
			}
			int rev = revision;
			jdbc.execute((Connection connection) -> {
				try (PreparedStatement statement = connection.prepareStatement(upsert)) {
					bind(connection, statement, chunk, columns);
					statement.setInt(columns.size() + 2, rev);
					int written = statement.executeUpdate();
					if (written != changed) {
						throw new IllegalStateException("Wrote " + written + " audit rows for " + changed + " changed rows");
					}
					return written;
				}
			});
		}
	}

	/** The ids, then each column as an array: bigint and int as numbers, the rest as text cast in the SQL. */
	private static <T> void bind(Connection connection, PreparedStatement statement, Chunk<T> rows,
			List<Column<T>> columns) throws SQLException {
		statement.setArray(1, connection.createArrayOf("bigint", rows.ids().toArray()));
		List<T> chunk = rows.rows();
		for (int c = 0; c < columns.size(); c++) {
			Column<T> column = columns.get(c);
			Object[] values = switch (column.type()) {
				case "bigint" -> new Long[chunk.size()];
				case "int" -> new Integer[chunk.size()];
				default -> new String[chunk.size()];
			};
			for (int i = 0; i < values.length; i++) {
				Object value = column.value().apply(chunk.get(i));
				values[i] = value == null || !(values instanceof String[]) ? value
						: value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
			}
			statement.setArray(c + 2, connection.createArrayOf(column.type().equals("int") ? "int4"
					: column.type().equals("bigint") ? "bigint" : "text", values));
		}
	}
}
