package vn.baophu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.baophu.support.BaophuTest;

/**
 * The data version ({@link DataVersion}) counts each committed transaction that wrote to a table a
 * computed table is read from, once, whoever wrote it: here through plain connections, as another node
 * or psql would.
 */
@BaophuTest
class DataChangeTests {

	/** The tables a gap table, a dashboard or the pages beside them read from (migration V16). */
	static final List<String> COUNTED = List.of("administrative_unit", "unit_predecessor", "reform",
			"reform_closed_unit", "monthly_figures", "denominator", "target", "school", "school_count",
			"month_closing", "reporting_deadline", "import_batch");

	/**
	 * The tables no computed table reads: written on every request (sessions), by sign-ins, by the task
	 * pages, by previews and the job lock; the audit trail, written only beside a counted table.
	 */
	static final Set<String> NOT_COUNTED = Set.of("app_user", "app_user_aud", "sign_in_failure", "spring_session",
			"spring_session_attributes", "directive", "directive_attachment", "task", "task_note", "pending_upload",
			"shedlock", "flyway_schema_history", "revinfo", "administrative_unit_aud", "denominator_aud",
			"month_closing_aud", "monthly_figures_aud", "target_aud", "data_change", "data_change_total");

	@Autowired
	DataVersion version;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachCommittedWriteToACountedTableCountsOnce() throws SQLException {
		for (String table : COUNTED) {
			long before = version.current();
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				connection.setAutoCommit(false);
				// A statement-level trigger: it counts even a statement that touched no row.
				statement.execute("delete from " + table + " where false");
				statement.execute("delete from " + table + " where false");
				assertThat(version.current()).as("%s before the commit", table).isEqualTo(before);
				connection.commit();
			}
			assertThat(version.current()).as(table).isEqualTo(before + 1);
		}
	}

	@Test
	void aTransactionOverManyTablesCountsOnceAndARolledBackOneNotAtAll() throws SQLException {
		long before = version.current();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			for (String table : COUNTED) {
				statement.execute("delete from " + table + " where false");
			}
			connection.commit();
			assertThat(version.current()).isEqualTo(before + 1);

			statement.execute("delete from monthly_figures where false");
			connection.rollback();
			assertThat(version.current()).isEqualTo(before + 1);

			// A savepoint rolled back takes its count with it; the transaction's next write counts again.
			statement.execute("select 1");
			Savepoint savepoint = connection.setSavepoint();
			statement.execute("delete from target where false");
			connection.rollback(savepoint);
			statement.execute("delete from denominator where false");
			connection.commit();
			connection.setAutoCommit(true);
		}
		assertThat(version.current()).isEqualTo(before + 2);
	}

	@Test
	void writesToTheOtherTablesDoNotCount() throws SQLException {
		long before = version.current();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String table : NOT_COUNTED) {
				if (!table.equals("flyway_schema_history")) {
					statement.execute("delete from " + table + " where false");
				}
			}
		}
		assertThat(version.current()).isEqualTo(before);
	}

	/** A new table must be counted (a trigger in its migration) or named here as read by no computed table. */
	@Test
	void everyTableIsCountedOrNamedAsReadByNoComputedTable() {
		List<String> counted = jdbc.sql("""
				select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
				where t.tgname = 'data_change' and not t.tgisinternal order by 1""").query(String.class).list();
		List<String> others = jdbc.sql("""
				select tablename from pg_tables where schemaname = current_schema()
				and tablename not in (select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
				                      where t.tgname = 'data_change')
				order by 1""").query(String.class).list();
		assertThat(counted).containsExactlyInAnyOrderElementsOf(COUNTED);
		assertThat(others).containsExactlyInAnyOrderElementsOf(NOT_COUNTED);
	}

	@Test
	void compactingKeepsTheNumber() {
		jdbc.sql("delete from monthly_figures where false").update();
		jdbc.sql("delete from target where false").update();
		long before = version.current();
		assertThat(jdbc.sql("select count(*) from data_change").query(Long.class).single()).isPositive();

		assertThat(version.compact()).isPositive();

		assertThat(version.current()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from data_change").query(Long.class).single()).isZero();
		jdbc.sql("delete from monthly_figures where false").update();
		assertThat(version.current()).isEqualTo(before + 1);
	}
}
