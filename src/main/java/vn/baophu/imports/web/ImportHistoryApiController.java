package vn.baophu.imports.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.baophu.imports.ImportRecord;
import vn.baophu.imports.ImportService;

/** The import history of the user's subtree as JSON. */
@RestController
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROVINCIAL_STAFF')")
@Tag(name = "Import", description = "Import units, denominators, targets and monthly figures from CSV or .xlsx, "
		+ "all or nothing")
@RequiredArgsConstructor
class ImportHistoryApiController {

	static final int MAX_SIZE = 500;

	private final ImportService imports;
	private final ImportScopes scopes;

	/** One page of the history; {@code page} counts from 1. */
	record HistoryPage(List<ImportRecord> items, int page, int size, long totalItems, int totalPages) {

		static HistoryPage of(Page<ImportRecord> page) {
			return new HistoryPage(page.getContent(), page.getNumber() + 1, page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}
	}

	@Operation(summary = "The import history, newest first",
			description = "Every import through the page or the API made by users of the caller's subtree (all of them for "
					+ "a user of the whole tree), saved or refused (previews and dry runs are not "
					+ "recorded): kind, file name, SHA-256 checksum, rows in the file, rows imported, errors, warnings, "
					+ "saved, who and when.")
	@GetMapping("/api/v1/imports")
	HistoryPage history(@Parameter(description = "page number, from 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "imports per page (at most 500)") @RequestParam(defaultValue = "50") int size,
			Authentication user) {
		int pageSize = Math.min(Math.max(size, 1), MAX_SIZE);
		return HistoryPage.of(imports.history(scopes.of(user), PageRequest.of(Math.max(page, 1) - 1, pageSize)));
	}
}
