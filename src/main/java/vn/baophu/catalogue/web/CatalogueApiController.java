package vn.baophu.catalogue.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.baophu.catalogue.CatalogueProvince;
import vn.baophu.catalogue.CatalogueService;
import vn.baophu.catalogue.Edition;
import vn.baophu.imports.ImportProblem;
import vn.baophu.imports.ImportResult;
import vn.baophu.user.SignedInUser;

/** The official unit catalogue over HTTP: list an edition's provinces, load one, apply the reform of 1/7/2025. */
@RestController
@RequestMapping("/api/v1/catalogue")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Catalogue", description = "The official administrative units shipped with baophu (pre-2025, "
		+ "2025-07-01, 2026-04-30) and the reform of 1 July 2025")
@RequiredArgsConstructor
class CatalogueApiController {

	record Outcome(int imported, List<ImportProblem> errors, List<ImportProblem> warnings) {
	}

	private final CatalogueService catalogue;
	private final CatalogueScope scope;

	@GetMapping("/{edition}/provinces")
	@Operation(summary = "The provinces of an edition (pre2025, 2025-07-01 or 2026-04-30) with their number of communes")
	List<CatalogueProvince> provinces(@PathVariable String edition) {
		return catalogue.provinces(edition(edition));
	}

	@PostMapping("/{edition}/provinces/{code}")
	@Operation(summary = "Load a province's units of an edition, as a units import (dryRun: only check)")
	ResponseEntity<Outcome> load(@PathVariable String edition, @PathVariable String code,
			@RequestParam(defaultValue = "false") boolean dryRun, @AuthenticationPrincipal SignedInUser user,
			Locale locale) {
		return answer(catalogue.loadProvince(edition(edition), code, dryRun, user.username(), scope.of(user), locale));
	}

	@PostMapping("/reform-2025-07-01")
	@Operation(summary = "Apply the reform of 1 July 2025 to the old provinces loaded, as a reform import "
			+ "(shares of split communes equal; dryRun: only check)")
	ResponseEntity<Outcome> reform(@RequestParam(defaultValue = "false") boolean dryRun,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		return answer(catalogue.applyReform2025(dryRun, user.username(), scope.of(user), locale));
	}

	private static ResponseEntity<Outcome> answer(ImportResult result) {
		return ResponseEntity.status(result.saved() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
			.body(new Outcome(result.imported(), result.errors(), result.warnings()));
	}

	static Edition edition(String key) {
		return Edition.of(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No edition " + key));
	}
}
