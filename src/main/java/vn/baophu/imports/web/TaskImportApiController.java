package vn.baophu.imports.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.baophu.imports.ImportKind;
import vn.baophu.imports.ImportProblem;
import vn.baophu.imports.ImportResult;
import vn.baophu.imports.ImportService;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * The task import over HTTP at the tasks' URL: a task file imported into a unit (rows without a
 * unit_code keep their directive under it), as {@code /api/v1/import/tasks} imports it.
 */
@RestController
@RequestMapping("/api/v1/tasks/import")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROVINCIAL_STAFF')")
@Tag(name = "Tasks", description = "Directives' tasks with deadlines; status computed from the clock on every read")
@RequiredArgsConstructor
class TaskImportApiController {

	private final ImportService imports;
	private final UnitService units;

	/** The directives and tasks the file makes (or would make), and every problem; with an error nothing is saved. */
	record TaskImportResponse(int directives, int tasks, List<ImportProblem> errors, List<ImportProblem> warnings) {

		static TaskImportResponse of(ImportResult result) {
			return new TaskImportResponse(result.totals().getOrDefault("directives", 0), result.imported(),
					result.errors(), result.warnings());
		}
	}

	@PostMapping(consumes = { "text/csv", ImportApiController.XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Import directives and their tasks from CSV or .xlsx into a unit, all or nothing",
			description = "Columns: directive_number, directive_date (dd/MM/yyyy or a year), issuer, directive_kind, "
					+ "directive_title, assignee, task, recurrence, due, assignee_unit_code and unit_code (optional). "
					+ "200 when saved (or a dry run without errors), 422 with every bad row and field. Importing the same "
					+ "file again changes nothing.")
	ResponseEntity<TaskImportResponse> importBody(
			@Parameter(description = "code of the unit the directives are kept under") @RequestParam String unit,
			@RequestBody(required = false) byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
			@Parameter(description = "only check, save nothing") @RequestParam(defaultValue = "false") boolean dryRun,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		String fileName = type.isCompatibleWith(MediaType.parseMediaType(ImportApiController.XLSX)) ? "body.xlsx"
				: "body.csv";
		return run(unit, fileName, body == null ? new byte[0] : body, dryRun, user, locale);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import directives and tasks from a file sent as multipart/form-data (part \"file\")")
	ResponseEntity<TaskImportResponse> importPart(@RequestParam String unit, @RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, @AuthenticationPrincipal SignedInUser user,
			Locale locale) throws IOException {
		String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		return run(unit, fileName, file.getBytes(), dryRun, user, locale);
	}

	private ResponseEntity<TaskImportResponse> run(String code, String fileName, byte[] content, boolean dryRun,
			SignedInUser user, Locale locale) {
		String scope = units.requireManageable(code, user).path();
		ImportResult result = dryRun ? imports.preview(ImportKind.TASKS, fileName, content, scope, locale)
				: imports.importFile(ImportKind.TASKS, fileName, content, user.username(), scope, locale);
		HttpStatus status = result.saved() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
		return ResponseEntity.status(status).body(TaskImportResponse.of(result));
	}
}
