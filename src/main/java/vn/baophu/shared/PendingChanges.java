package vn.baophu.shared;

import jakarta.persistence.EntityManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * For plain SQL that reads tables JPA writes: in a transaction that writes, the changes JPA still
 * holds are flushed first, as a JPA query would, so the read sees them. Outside such a transaction
 * (every page and API read) it does nothing.
 */
public final class PendingChanges {

	private PendingChanges() {
	}

	public static void flushBeforeSql(EntityManager entityManager) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			entityManager.flush();
		}
	}
}
