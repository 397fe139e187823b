package vn.baophu.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Refreshes PostgreSQL's statistics of the tables a large import wrote, right after it commits. Without
 * it the planner keeps the row counts from before the import until autovacuum's next round (up to a
 * minute later) and may pick, for the first gap tables after a national import, plans that run for
 * minutes instead of milliseconds (seen in the national benchmark: targets imported into an empty
 * table, then a province's table). ANALYZE samples at most 30 000 rows a table: some tens of
 * milliseconds.
 */
@Component
class FreshStatistics {

	/** Fewer rows than this change the statistics too little to matter. */
	static final int THRESHOLD = 1_000;

	private static final Logger log = LoggerFactory.getLogger(FreshStatistics.class);

	private final DataSource dataSource;

	FreshStatistics(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** After the current transaction commits, when it saved at least {@link #THRESHOLD} rows of this kind. */
	void afterCommit(ImportKind kind, int rows) {
		List<String> tables = switch (kind) {
			case UNITS -> List.of("administrative_unit");
			case DENOMINATORS -> List.of("denominator");
			case TARGETS -> List.of("target");
			case FIGURES -> List.of("monthly_figures", "monthly_figures_aud");
			default -> List.of();
		};
		if (rows < THRESHOLD || tables.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				analyze(tables);
			}
		});
	}

	/** On a connection of its own: the import's is still bound to the finishing transaction. */
	private void analyze(List<String> tables) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			if (!connection.getAutoCommit()) {
				connection.setAutoCommit(true);
			}
			statement.execute("analyze " + String.join(", ", tables));
		}
		catch (SQLException ex) {
			log.warn("Could not refresh the statistics of {} after an import: {}", tables, ex.getMessage());
		}
	}
}
