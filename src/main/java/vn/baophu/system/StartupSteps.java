package vn.baophu.system;

import lombok.RequiredArgsConstructor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.baophu.shared.StartupStep;

/**
 * Runs every {@link StartupStep} in order during start-up, in a lifecycle phase before the web
 * server's: the port opens (and readiness turns UP, which Boot reports after that) only once the
 * administrator account and the demo data are in place. A failing step stops the start.
 * <p>
 * Nodes starting at once on one database take turns: the steps run under a PostgreSQL advisory lock
 * (held by one connection for as long as they run), so the second node waits, then finds the
 * administrator and the demo data there and adds nothing. Migrations before them are Flyway's, under
 * Flyway's own lock.
 */
@Component
@RequiredArgsConstructor
class StartupSteps implements SmartLifecycle {

	/** Before the web server's start phase (which is {@code DEFAULT_PHASE - 2048}). */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	/** The advisory lock's key: "baophu-start" in a bigint; Flyway's own key is another. */
	static final long LOCK_KEY = 0x62616f7068755354L;

	private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

	private final ObjectProvider<StartupStep> steps;
	private final DataSource dataSource;
	private volatile boolean running;

	@Override
	public void start() {
		try (Connection lock = dataSource.getConnection()) {
			if (!call(lock, "select pg_try_advisory_lock(?)")) {
				log.info("Another node is doing its start-up work on this database; waiting for it");
				call(lock, "select pg_advisory_lock(?) is null");
			}
			try {
				steps.orderedStream().forEach(step -> {
					log.debug("Start-up step {}", step.getClass().getSimpleName());
					step.run();
				});
			}
			finally {
				call(lock, "select pg_advisory_unlock(?)");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not take the start-up lock on the database", ex);
		}
		running = true;
	}

	private static boolean call(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, LOCK_KEY);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}
}
