package vn.baophu.imports;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

	/** The newest import of a file with this checksum that was saved. */
	Optional<ImportBatch> findFirstByChecksumAndSavedTrueOrderByImportedAtDescIdDesc(String checksum);

	Page<ImportBatch> findAllByOrderByImportedAtDescIdDesc(Pageable pageable);
}
