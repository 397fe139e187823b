package vn.baophu.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fills who (the acting user a service named, else the signed-in user, else "system" for start-up
 * work) and the comment of a revision.
 */
class AuditRevisionListener implements RevisionListener {

	static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revisionEntity) {
		AuditRevision revision = (AuditRevision) revisionEntity;
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = AuditComment.actor();
		if (actor == null) {
			actor = authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
		}
		revision.setUsername(actor);
		String comment = AuditComment.current();
		revision.setComment(comment == null ? null : comment.substring(0, Math.min(comment.length(), 1000)));
	}
}
