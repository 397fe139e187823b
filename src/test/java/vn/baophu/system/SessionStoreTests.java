package vn.baophu.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import vn.baophu.support.BaophuTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The sessions table is written in plain JDBC transactions, not through the JPA transaction manager. */
@BaophuTest
class SessionStoreTests {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	@Qualifier("springSessionTransactionOperations")
	TransactionOperations sessionTransactions;

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void theSessionRepositoryUsesJdbcTransactions() {
		assertThat(ReflectionTestUtils.getField(sessions, "transactionOperations")).isSameAs(sessionTransactions);
		assertThat(((TransactionTemplate) sessionTransactions).getTransactionManager())
			.isInstanceOf(JdbcTransactionManager.class);
		// And it still works: a session saved is found again with its attribute.
		SessionRepository<Session> repository = (SessionRepository) sessions;
		Session session = repository.createSession();
		session.setAttribute("probe", "một");
		repository.save(session);
		assertThat(repository.findById(session.getId()).<String>getAttribute("probe")).isEqualTo("một");
		repository.deleteById(session.getId());
	}
}
