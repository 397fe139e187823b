package vn.baophu.system;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sessions table (Spring Session JDBC) is read twice and written once on every page request.
 * Its transactions are plain JDBC ones: through the application's JPA transaction manager, each
 * opened and closed a Hibernate session for two SQL statements. (With this bean defined, Spring
 * Boot no longer defines a {@code TransactionTemplate} of its own; nothing here injects one.)
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		return new TransactionTemplate(new JdbcTransactionManager(dataSource));
	}
}
