package vn.baophu.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server of the no-setup run keeps its data in a directory between runs, so it must
 * write every commit to disk; the throwaway server of the tests may skip that for speed.
 */
class EmbeddedDatabaseDurabilityTests {

	@Test
	void aKeptDataDirectoryIsWrittenSafely(@TempDir Path kept) throws Exception {
		assertThat(settingsOf(kept.resolve("pg").toString())).containsExactly(Map.entry("fsync", "on"),
				Map.entry("synchronous_commit", "on"), Map.entry("full_page_writes", "on"));
	}

	@Test
	void theTestsThrowawayServerKeepsZonkysFastSettings() throws Exception {
		assertThat(settingsOf("")).containsEntry("fsync", "off").containsEntry("synchronous_commit", "off");
	}

	private static Map<String, String> settingsOf(String dataDirectory) throws Exception {
		var properties = new BaophuProperties(new BaophuProperties.EmbeddedDatabase(dataDirectory, 0),
				new BaophuProperties.Admin("admin", ""), false);
		try (EmbeddedPostgres postgres = new EmbeddedDatabaseConfiguration().embeddedPostgres(properties);
				Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			Map<String, String> settings = new LinkedHashMap<>();
			for (String name : new String[] { "fsync", "synchronous_commit", "full_page_writes" }) {
				try (ResultSet result = statement.executeQuery("show " + name)) {
					result.next();
					settings.put(name, result.getString(1));
				}
			}
			if (!dataDirectory.isEmpty()) {
				assertThat(Files.exists(Path.of(dataDirectory, "PG_VERSION"))).isTrue();
			}
			return settings;
		}
	}
}
