package vn.baophu.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that has landed is never edited, not even its comments: Flyway checks every applied
 * migration's checksum at start-up, so an edited one stops every database migrated before it from
 * starting. The digests of the landed migrations are in {@code db/landed-migrations.sha256}
 * ({@code sha256sum V*.sql}); a new migration is added there when it lands.
 */
class LandedMigrationsTest {

	@Test
	void everyLandedMigrationIsUnchangedAndEveryMigrationIsRecorded() throws Exception {
		Map<String, String> landed = new TreeMap<>();
		try (InputStream in = getClass().getResourceAsStream("/db/landed-migrations.sha256")) {
			assertThat(in).as("db/landed-migrations.sha256").isNotNull();
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank())
				.forEach(line -> landed.put(line.substring(line.indexOf(' ')).trim(), line.substring(0, line.indexOf(' '))));
		}
		Map<String, String> present = new TreeMap<>();
		for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
			present.put(migration.getFilename(), sha256(migration));
		}
		assertThat(present).as("the migrations in db/migration against db/landed-migrations.sha256: a landed "
				+ "migration was edited (write a new one instead), or a new one is not recorded yet "
				+ "(add its line from sha256sum)").isEqualTo(landed);
	}

	private static String sha256(Resource resource) throws IOException, NoSuchAlgorithmException {
		try (InputStream in = resource.getInputStream()) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
		}
	}
}
