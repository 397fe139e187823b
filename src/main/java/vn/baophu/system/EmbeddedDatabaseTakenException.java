package vn.baophu.system;

import java.nio.file.Path;

/**
 * The embedded database cannot start because another instance holds its port or data folder: the
 * start fails at once with what to do, and never goes on against the other instance's database.
 */
class EmbeddedDatabaseTakenException extends IllegalStateException {

	private final String action;

	private EmbeddedDatabaseTakenException(String message, String action) {
		super(message);
		this.action = action;
	}

	static EmbeddedDatabaseTakenException port(int port, Path dataFolder) {
		return new EmbeddedDatabaseTakenException("The embedded database's port " + port
				+ " is in use: another baophu (or another PostgreSQL) is running on this machine. This instance "
				+ "would have kept its data in " + dataFolder + ".",
				"Stop the other instance (Ctrl-C), or give this one a port and a data folder of its own: "
						+ "BAOPHU_PG_PORT=54330 BAOPHU_DATA_DIR=data/pg2 ./mvnw spring-boot:run "
						+ "(and --server.port=8081 for the web port).");
	}

	static EmbeddedDatabaseTakenException folder(Path dataFolder, String byWhom) {
		return new EmbeddedDatabaseTakenException("The embedded database's data folder " + dataFolder
				+ " is in use by " + byWhom + ".",
				"Stop the other instance (Ctrl-C), or give this one a data folder and a port of its own: "
						+ "BAOPHU_DATA_DIR=data/pg2 BAOPHU_PG_PORT=54330 ./mvnw spring-boot:run. A PostgreSQL left "
						+ "running by a killed application stops with: pg_ctl -D " + dataFolder + " stop "
						+ "(or kill the postgres process named in " + dataFolder.resolve("postmaster.pid") + ").");
	}

	String action() {
		return action;
	}
}
