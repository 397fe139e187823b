package vn.baophu.system;

import lombok.RequiredArgsConstructor;

import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import vn.baophu.shared.DataVersion;
import vn.baophu.shared.PendingUploadTable;

/**
 * Deletes expired sessions and expired import previews, and folds the counted data changes
 * ({@link DataVersion#compact()}), on one node per turn. Spring Session's own
 * clean-up, which would run on every node, is off ({@code spring.session.jdbc.cleanup-cron=-}).
 * Expired rows are never used meanwhile: this only frees their space.
 */
@Component
@RequiredArgsConstructor
class ExpiredStateCleanup {

	static final String LOCK = "expired-state-cleanup";

	private static final Logger log = LoggerFactory.getLogger(ExpiredStateCleanup.class);

	private final PendingUploadTable uploads;
	private final DataVersion dataVersion;
	private final ObjectProvider<JdbcIndexedSessionRepository> sessions;
	private final AtomicInteger runs = new AtomicInteger();

	/** At most once per {@code lockAtLeastFor} across all nodes, whatever their schedulers say. */
	@Scheduled(fixedDelayString = "${baophu.cleanup.interval:PT1M}", initialDelayString = "${baophu.cleanup.initial-delay:PT1M}")
	@SchedulerLock(name = LOCK, lockAtLeastFor = "PT30S", lockAtMostFor = "PT5M")
	public void run() {
		runs.incrementAndGet();
		int previews = uploads.dropExpired();
		sessions.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions);
		long changes = dataVersion.compact();
		log.debug("Dropped {} expired import previews and the expired sessions; folded {} data changes", previews,
				changes);
	}

	/** How many times this node ran the clean-up (the test of two nodes counts them). */
	public int runs() {
		return runs.get();
	}
}
