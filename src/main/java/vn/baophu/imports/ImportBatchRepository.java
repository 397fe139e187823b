package vn.baophu.imports;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

	/** The newest import of a file with this checksum that was saved. */
	Optional<ImportBatch> findFirstByChecksumAndSavedTrueOrderByImportedAtDescIdDesc(String checksum);

	/** The newest saved import of a file with this checksum made inside the subtree with this path. */
	Optional<ImportBatch> findFirstByChecksumAndSavedTrueAndScopePathStartingWithOrderByImportedAtDescIdDesc(
			String checksum, String scopePath);

	Page<ImportBatch> findAllByOrderByImportedAtDescIdDesc(Pageable pageable);

	/** The imports made inside the subtree with this path, newest first. */
	Page<ImportBatch> findByScopePathStartingWithOrderByImportedAtDescIdDesc(String scopePath, Pageable pageable);
}
