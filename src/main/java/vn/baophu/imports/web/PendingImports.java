package vn.baophu.imports.web;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.baophu.imports.ImportKind;
import vn.baophu.shared.PendingUploadTable;
import vn.baophu.shared.PendingUploads;

/**
 * Files previewed without errors, kept under a random token until their user saves them, so that
 * "Save" saves exactly the file that was checked: at most {@code baophu.imports.pending-per-user} a
 * user (the oldest is dropped) and each for {@code baophu.imports.pending-ttl}. Kept in the
 * database, not the HTTP session, so that the cap holds across a user's sessions and a preview made
 * on one node can be saved on another.
 */
@Component
class PendingImports {

	/**
	 * {@code effective}: a reform's day (null for other kinds); {@code scopePath}: the subtree it was
	 * previewed in when that is not the user's (a task file's unit), else null.
	 */
	record PendingImport(ImportKind kind, String fileName, byte[] content, java.time.@Nullable LocalDate effective,
			@Nullable String scopePath) implements java.io.Serializable {

		PendingImport(ImportKind kind, String fileName, byte[] content, java.time.@Nullable LocalDate effective) {
			this(kind, fileName, content, effective, null);
		}
	}

	private final PendingUploads<PendingImport> kept;

	PendingImports(PendingUploadTable table, @Value("${baophu.imports.pending-ttl:30m}") Duration ttl,
			@Value("${baophu.imports.pending-per-user:3}") int perUser) {
		this.kept = new PendingUploads<>(table, "imports", PendingImport.class, ttl, perUser);
	}

	String keep(String user, PendingImport pending) {
		return kept.keep(user, pending);
	}

	/** The file kept under the token for this user; empty when unknown, expired or already taken. */
	Optional<PendingImport> take(String user, String token) {
		return kept.take(user, token);
	}
}
