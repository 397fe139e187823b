package vn.baophu.system;

import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import vn.baophu.BaophuApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two instances started the README way on one machine: the second fails at once, saying why, when
 * the first holds the embedded database's port or data folder; it never goes on with the first's
 * database.
 */
class EmbeddedDatabaseTakenTests {

	@Test
	void aSecondInstanceOnTheSamePortFailsAtOnceNamingThePort(@TempDir Path first, @TempDir Path second)
			throws Exception {
		try (EmbeddedPostgres running = new EmbeddedDatabaseConfiguration().embeddedPostgres(settings(first, 0))) {
			long started = System.nanoTime();
			assertThatThrownBy(() -> new EmbeddedDatabaseConfiguration()
				.embeddedPostgres(settings(second.resolve("pg"), running.getPort())))
				.isInstanceOf(EmbeddedDatabaseTakenException.class)
				.hasMessageContaining("port " + running.getPort() + " is in use");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		}
	}

	@Test
	void aSecondInstanceOnTheSameDataFolderFailsAtOnceNamingTheFolder(@TempDir Path folder) throws Exception {
		Path data = folder.resolve("pg");
		try (EmbeddedPostgres running = new EmbeddedDatabaseConfiguration().embeddedPostgres(settings(data, 0))) {
			long started = System.nanoTime();
			assertThatThrownBy(() -> new EmbeddedDatabaseConfiguration().embeddedPostgres(settings(data, 0)))
				.isInstanceOf(EmbeddedDatabaseTakenException.class)
				.hasMessageContaining("data folder " + data.toAbsolutePath().normalize())
				.hasMessageContaining("in use");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		}
	}

	@Test
	void theApplicationStopsWithTheReasonAndWhatToDo(@TempDir Path first, @TempDir Path second) throws Exception {
		try (EmbeddedPostgres running = new EmbeddedDatabaseConfiguration().embeddedPostgres(settings(first, 0))) {
			SpringApplication application = new SpringApplication(BaophuApplication.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			assertThatThrownBy(() -> application.run("--baophu.embedded-database.port=" + running.getPort(),
					"--baophu.embedded-database.data-directory=" + second.resolve("pg")))
				.hasRootCauseInstanceOf(EmbeddedDatabaseTakenException.class);
			var analysis = new EmbeddedDatabaseTakenFailureAnalyzer()
				.analyze(EmbeddedDatabaseTakenException.port(running.getPort(), second));
			assertThat(analysis.getAction()).contains("BAOPHU_PG_PORT", "BAOPHU_DATA_DIR");
		}
	}

	private static BaophuProperties settings(Path dataDirectory, int port) {
		return new BaophuProperties(new BaophuProperties.EmbeddedDatabase(dataDirectory.toString(), port),
				new BaophuProperties.Admin("admin", ""), false);
	}
}
