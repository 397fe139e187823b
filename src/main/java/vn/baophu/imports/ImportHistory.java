package vn.baophu.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import vn.baophu.shared.VietnamTime;

/**
 * Records every import (saved or refused, never a preview) with the subtree it was made in, shows each
 * user the imports of their subtree, and recognises a file imported before by the SHA-256 checksum of
 * its bytes.
 */
@Component
class ImportHistory {

	/** Times are shown as the users live them. */

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final ImportBatchRepository batches;
	private final Clock clock;

	ImportHistory(ImportBatchRepository batches) {
		this.batches = batches;
		this.clock = Clock.systemUTC();
	}

	static String checksum(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/**
	 * A warning if the same file was imported and saved before: naming when and by whom when the user
	 * (who may see the subtree with this path; null = the whole tree) may see that import, and only
	 * that it was when the import was made outside their subtree.
	 */
	Optional<Issue> sameFileWarning(String checksum, @Nullable String userScope) {
		Optional<ImportBatch> visible = userScope == null
				? batches.findFirstByChecksumAndSavedTrueOrderByImportedAtDescIdDesc(checksum)
				: batches.findFirstByChecksumAndSavedTrueAndScopePathStartingWithOrderByImportedAtDescIdDesc(checksum,
						userScope);
		if (visible.isPresent()) {
			ImportBatch earlier = visible.get();
			return Optional.of(Issue.of(0, "", "import.warning.sameFile",
					earlier.getImportedAt().atZone(VietnamTime.ZONE).format(WHEN), earlier.getImportedBy()));
		}
		return batches.findFirstByChecksumAndSavedTrueOrderByImportedAtDescIdDesc(checksum)
			.map(elsewhere -> Issue.of(0, "", "import.warning.sameFileElsewhere"));
	}

	/** Records an import made by a user of the subtree with this path (null = the whole tree). */
	void record(ImportKind kind, String fileName, String checksum, int rows, ImportResult result, String user,
			@Nullable String scopePath) {
		batches.save(new ImportBatch(kind, fileName, checksum, rows, result, user, clock.instant(), scopePath));
	}

	/** The imports a user of the subtree with this path (null = the whole tree) may see, newest first. */
	Page<ImportRecord> page(@Nullable String userScope, Pageable pageable) {
		Page<ImportBatch> page = userScope == null ? batches.findAllByOrderByImportedAtDescIdDesc(pageable)
				: batches.findByScopePathStartingWithOrderByImportedAtDescIdDesc(userScope, pageable);
		return page.map(ImportHistory::toRecord);
	}

	private static ImportRecord toRecord(ImportBatch batch) {
		return new ImportRecord(batch.getId() == null ? 0 : batch.getId(), batch.getKind(), batch.getFileName(),
				batch.getChecksum(), batch.getRowCount(), batch.getImported(), batch.getErrors(), batch.getWarnings(),
				batch.isSaved(), batch.getImportedBy(), batch.getImportedAt().atZone(VietnamTime.ZONE).toOffsetDateTime());
	}
}
