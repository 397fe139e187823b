package vn.baophu.imports;

import lombok.RequiredArgsConstructor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Refreshes PostgreSQL's statistics of a table that a large import grew by a tenth or more, right after
 * the import commits, in the background. Without it the planner keeps the row counts from before the
 * import until autovacuum's next round (up to a minute later) and may pick, for the first gap tables
 * after a national import, plans that run for minutes instead of milliseconds (seen in the national
 * benchmark: 80 000 targets imported into an empty table, then a province's table). An ANALYZE costs
 * some hundreds of milliseconds on a national table, so it is skipped when the import changed the
 * table too little to matter and never delays the import's answer.
 */
@Component
@RequiredArgsConstructor
class FreshStatistics {

	/** Fewer rows than this never matter. */
	static final int THRESHOLD = 1_000;

	private static final Logger log = LoggerFactory.getLogger(FreshStatistics.class);

	private final DataSource dataSource;
	private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "import-statistics");
		thread.setDaemon(true);
		return thread;
	});

	/** After the current transaction commits, when it saved at least {@link #THRESHOLD} rows of this kind. */
	void afterCommit(ImportKind kind, int rows) {
		String table = switch (kind) {
			case UNITS -> "administrative_unit";
			case DENOMINATORS -> "denominator";
			case TARGETS -> "target";
			case FIGURES -> "monthly_figures";
			default -> null;
		};
		if (rows < THRESHOLD || table == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				background.execute(() -> analyzeIfGrown(table, rows));
			}
		});
	}

	@PreDestroy
	void stop() {
		background.shutdownNow();
	}

	/** ANALYZE when the rows written are a tenth or more of what the statistics know (or they know nothing). */
	private void analyzeIfGrown(String table, int rows) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			double known;
			try (PreparedStatement statement = connection
				.prepareStatement("select reltuples from pg_class where oid = to_regclass(?)")) {
				statement.setString(1, table);
				try (ResultSet rs = statement.executeQuery()) {
					known = rs.next() ? rs.getDouble(1) : -1;
				}
			}
			if (known < 0 || rows >= known / 10) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("analyze " + table);
				}
			}
		}
		catch (SQLException ex) {
			log.warn("Could not refresh the statistics of {} after an import: {}", table, ex.getMessage());
		}
	}
}
