package vn.baophu.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BaophuTest
@Transactional
class AdministratorAccountInitializerTests {

	@Autowired
	UserService users;

	@Test
	void theDemoPasswordIsRefusedOnARealDatabase() {
		var initializer = initializer("chief", "admin", noEmbeddedDatabase());
		assertThatThrownBy(() -> initializer.run())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("BAOPHU_ADMIN_PASSWORD");
		assertThat(users.exists("chief")).isFalse();
	}

	@Test
	void noPasswordAtAllIsRefusedOnARealDatabase() {
		var initializer = initializer("chief", "", noEmbeddedDatabase());
		assertThatThrownBy(() -> initializer.run())
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aShortPasswordIsRefusedOnARealDatabaseAsForAnyUser() {
		var initializer = initializer("chief", "1", noEmbeddedDatabase());
		assertThatThrownBy(initializer::run).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("at least 10 characters");
		assertThatThrownBy(() -> initializer("chief", "123456789", noEmbeddedDatabase()).run())
			.isInstanceOf(IllegalStateException.class);
		assertThat(users.exists("chief")).isFalse();
		initializer("chief", "1234567890", noEmbeddedDatabase()).run();
		assertThat(users.exists("chief")).isTrue();
	}

	@Test
	void aRealPasswordCreatesTheAdministratorOnce() {
		initializer("chief", "a-long-real-secret", noEmbeddedDatabase()).run();
		assertThat(users.exists("chief")).isTrue();
		// a second start with the demo password finds the account and leaves it alone
		initializer("chief", "admin", noEmbeddedDatabase()).run();
		assertThat(users.loadUserByUsername("chief").getPassword()).doesNotContain("admin");
	}

	@Test
	void theEmbeddedDemoGetsTheDocumentedDefault() {
		assertThat(users.exists("admin")).isTrue();
	}

	private AdministratorAccountInitializer initializer(String username, String password,
			ObjectProvider<EmbeddedDatabaseInUse> embedded) {
		var properties = new BaophuProperties(new BaophuProperties.EmbeddedDatabase("", 0),
				new BaophuProperties.Admin(username, password), false);
		return new AdministratorAccountInitializer(properties, users, embedded);
	}

	private static ObjectProvider<EmbeddedDatabaseInUse> noEmbeddedDatabase() {
		return new DefaultListableBeanFactory().getBeanProvider(EmbeddedDatabaseInUse.class);
	}
}
