package vn.baophu.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.stereotype.Component;

/**
 * The revision of the running transaction, for modules that write audit rows with SQL (bulk imports):
 * the same revision Envers gives the entities the transaction changes (one per transaction), with who
 * and the comment filled by {@link AuditRevisionListener} as for any revision.
 */
@Component
public class AuditRevisions {

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * The number of the current transaction's revision, created now if it has none yet and written
	 * to {@code revinfo} before returning, so that audit rows inserted with SQL may refer to it. Call
	 * inside a writing transaction.
	 */
	public int current() {
		AuditRevision revision = AuditReaderFactory.get(entityManager).getCurrentRevision(AuditRevision.class, true);
		entityManager.flush();
		return revision.getRev();
	}
}
