package vn.baophu.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.baophu.shared.StartupStep;
import vn.baophu.support.ThrowawayDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nodes starting at once on one database: Flyway migrates once (its own lock), and the start-up
 * steps (administrator, demo data) of one node wait for the other's under an advisory lock.
 */
class StartingTogetherTests {

	@Test
	void twoNodesMigratingAtOnceApplyEachMigrationOnce() throws Exception {
		try (ThrowawayDatabase database = ThrowawayDatabase.empty()) {
			Flyway one = ThrowawayDatabase.flyway(database.dataSource());
			Flyway other = ThrowawayDatabase.flyway(database.dataSource());
			CompletableFuture<MigrateResult> first = CompletableFuture.supplyAsync(one::migrate);
			CompletableFuture<MigrateResult> second = CompletableFuture.supplyAsync(other::migrate);

			int applied = first.get(2, TimeUnit.MINUTES).migrationsExecuted + second.get(2, TimeUnit.MINUTES).migrationsExecuted;
			int known = one.info().all().length;
			assertThat(applied).isEqualTo(known);
			assertThat(JdbcClient.create(database.dataSource())
				.sql("select count(*) from flyway_schema_history where success group by version having count(*) > 1")
				.query(Long.class)
				.list()).as("a version applied twice").isEmpty();
		}
	}

	@Test
	void aNodesStartUpStepsWaitWhileAnotherNodeRunsItsOwn() throws Exception {
		try (ThrowawayDatabase database = ThrowawayDatabase.empty();
				Connection otherNode = database.dataSource().getConnection()) {
			List<String> ran = new CopyOnWriteArrayList<>();
			DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
			beans.registerSingleton("step", (StartupStep) () -> ran.add("step"));
			StartupSteps steps = new StartupSteps(beans.getBeanProvider(StartupStep.class), database.dataSource());

			advisory(otherNode, "select pg_advisory_lock(?)");
			CompletableFuture<Void> start = CompletableFuture.runAsync(steps::start);
			Thread.sleep(500);
			assertThat(ran).as("while the other node holds the lock").isEmpty();
			assertThat(start).isNotDone();

			advisory(otherNode, "select pg_advisory_unlock(?)");
			start.get(10, TimeUnit.SECONDS);
			assertThat(ran).containsExactly("step");
			assertThat(steps.isRunning()).isTrue();
			// and the lock is free again for the next node
			try (PreparedStatement free = otherNode.prepareStatement("select pg_try_advisory_lock(?)")) {
				free.setLong(1, StartupSteps.LOCK_KEY);
				var result = free.executeQuery();
				result.next();
				assertThat(result.getBoolean(1)).isTrue();
			}
		}
	}

	private static void advisory(Connection connection, String sql) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, StartupSteps.LOCK_KEY);
			statement.executeQuery().close();
		}
	}
}
