package vn.baophu.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.baophu.shared.StartupStep;
import vn.baophu.user.PasswordRules;
import vn.baophu.user.Role;
import vn.baophu.user.UserService;

/**
 * Creates the administrator on first start, before the port opens. The demo password "admin" is
 * accepted only on the embedded database; against a real server the start fails until a password
 * that passes the users' password rules is configured.
 */
@Component
@Order(1)
class AdministratorAccountInitializer implements StartupStep {

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
	public void run() {
		String username = properties.admin().username();
		if (users.exists(username)) {
			return;
		}
		String password = properties.admin().password();
		if (password.isBlank() && embeddedDatabase) {
			password = DEMO_PASSWORD;
		}
		if (!embeddedDatabase && !PasswordRules.Validator.acceptable(password)) {
			throw new IllegalStateException("Set BAOPHU_ADMIN_PASSWORD to a real password of at least "
					+ PasswordRules.MIN_LENGTH + " characters (at most " + PasswordRules.MAX_BYTES
					+ " bytes): the demo password and short ones are refused on a real database");
		}
		users.create(username, password, "Quản trị hệ thống", Role.ADMINISTRATOR, null);
		log.info("Created administrator account '{}'", username);
	}
}
