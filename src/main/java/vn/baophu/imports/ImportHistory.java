package vn.baophu.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import vn.baophu.shared.VietnamTime;

/**
 * Records every import (saved or refused, never a preview) and recognises a file imported before
 * by the SHA-256 checksum of its bytes.
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

	/** A warning naming when and by whom the same file was last imported and saved, if it was. */
	Optional<Issue> sameFileWarning(String checksum) {
		return batches.findFirstByChecksumAndSavedTrueOrderByImportedAtDescIdDesc(checksum)
			.map(earlier -> Issue.of(0, "", "import.warning.sameFile",
					earlier.getImportedAt().atZone(VietnamTime.ZONE).format(WHEN), earlier.getImportedBy()));
	}

	void record(ImportKind kind, String fileName, String checksum, int rows, ImportResult result, String user) {
		batches.save(new ImportBatch(kind, fileName, checksum, rows, result, user, clock.instant()));
	}

	Page<ImportRecord> page(Pageable pageable) {
		return batches.findAllByOrderByImportedAtDescIdDesc(pageable).map(ImportHistory::toRecord);
	}

	private static ImportRecord toRecord(ImportBatch batch) {
		return new ImportRecord(batch.getId() == null ? 0 : batch.getId(), batch.getKind(), batch.getFileName(),
				batch.getChecksum(), batch.getRowCount(), batch.getImported(), batch.getErrors(), batch.getWarnings(),
				batch.isSaved(), batch.getImportedBy(), batch.getImportedAt().atZone(VietnamTime.ZONE).toOffsetDateTime());
	}
}
