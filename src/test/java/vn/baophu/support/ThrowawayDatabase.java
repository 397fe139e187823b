package vn.baophu.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * A PostgreSQL of its own for a test that needs no application context: a fresh embedded server in
 * a temporary folder on a free port, migrated by Flyway when asked. Close it at the end.
 */
public final class ThrowawayDatabase implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private ThrowawayDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/** An empty server: no migration has run. */
	public static ThrowawayDatabase empty() {
		try {
			return new ThrowawayDatabase(EmbeddedPostgres.builder().start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A server with the application's schema. */
	public static ThrowawayDatabase migrated() {
		ThrowawayDatabase database = empty();
		flyway(database.dataSource()).migrate();
		return database;
	}

	/** Flyway as the application configures it. */
	public static Flyway flyway(DataSource dataSource) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
	}

	public DataSource dataSource() {
		return postgres.getPostgresDatabase();
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	public int port() {
		return postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}
}
