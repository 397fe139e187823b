package vn.baophu.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.baophu.user.Role;
import vn.baophu.user.UserService;

/**
 * Creates the administrator on first start. The demo password "admin" is accepted only on the
 * embedded database; against a real server the start fails until a real password is configured.
 */
@Component
@Order(1)
class AdministratorAccountInitializer implements ApplicationRunner {

	static final String DEMO_PASSWORD = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdministratorAccountInitializer.class);

	private final BaophuProperties properties;
	private final UserService users;
	private final boolean embeddedDatabase;

	AdministratorAccountInitializer(BaophuProperties properties, UserService users,
			ObjectProvider<EmbeddedDatabaseInUse> embeddedDatabase) {
		this.properties = properties;
		this.users = users;
		this.embeddedDatabase = embeddedDatabase.getIfAvailable() != null;
	}

	@Override
	public void run(ApplicationArguments args) {
		String username = properties.admin().username();
		if (users.exists(username)) {
			return;
		}
		String password = properties.admin().password();
		if (password.isBlank() && embeddedDatabase) {
			password = DEMO_PASSWORD;
		}
		if (!embeddedDatabase && (password.isBlank() || password.equals(DEMO_PASSWORD))) {
			throw new IllegalStateException("Set BAOPHU_ADMIN_PASSWORD to a real password: the demo password "
					+ "is refused on a real database");
		}
		users.create(username, password, "Quản trị hệ thống", Role.ADMINISTRATOR, null);
		log.info("Created administrator account '{}'", username);
	}
}
