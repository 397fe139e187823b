package vn.baophu.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the application.
 *
 * @param embeddedDatabase where the embedded PostgreSQL keeps its data (blank = a temporary
 * directory, for tests) and its port (0 = any free port)
 * @param admin the administrator account created on first start
 * @param demoData load the Càng Long demo data into an empty database on start
 */
@ConfigurationProperties("baophu")
record BaophuProperties(@DefaultValue EmbeddedDatabase embeddedDatabase, @DefaultValue Admin admin,
		@DefaultValue("false") boolean demoData) {

	record EmbeddedDatabase(@DefaultValue("") String dataDirectory, @DefaultValue("0") int port) {
	}

	record Admin(@DefaultValue("admin") String username, @DefaultValue("") String password) {
	}
}
