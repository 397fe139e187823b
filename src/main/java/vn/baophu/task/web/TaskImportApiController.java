package vn.baophu.task.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.baophu.task.TaskImportResult;
import vn.baophu.task.TaskImportService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * Task import over HTTP. Not under /api/v1/import/{kind}, which belongs to the imports module: the
 * file holds directives and tasks, imported into a unit.
 */
@RestController
@Tag(name = "Tasks", description = "Directives' tasks with deadlines; status computed from the clock on every read")
@RequiredArgsConstructor
class TaskImportApiController {

	private final UnitService units;
	private final TaskImportService imports;

	@PostMapping(path = "/api/v1/tasks/import", consumes = { "text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Import directives and their tasks from CSV into a unit, all or nothing",
			description = "Columns: directive_number, directive_date (dd/MM/yyyy or a year), issuer, directive_kind, "
					+ "directive_title, assignee, assignee_unit_code (optional), task, recurrence, due. 200 when saved (or "
					+ "a dry run without errors), 422 with every bad row and field. Importing the same file again "
					+ "changes nothing.")
	ResponseEntity<TaskImportResult> importBody(
			@Parameter(description = "code of the unit the directives are kept under") @RequestParam String unit,
			@RequestBody(required = false) byte[] body,
			@Parameter(description = "only check, save nothing") @RequestParam(defaultValue = "false") boolean dryRun,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		return run(unit, body == null ? new byte[0] : body, dryRun, user, locale);
	}

	@PostMapping(path = "/api/v1/tasks/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import directives and tasks from a CSV sent as multipart/form-data (part \"file\")")
	ResponseEntity<TaskImportResult> importPart(@RequestParam String unit, @RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, @AuthenticationPrincipal SignedInUser user,
			Locale locale) throws IOException {
		return run(unit, file.getBytes(), dryRun, user, locale);
	}

	private ResponseEntity<TaskImportResult> run(String code, byte[] content, boolean dryRun, SignedInUser user,
			Locale locale) {
		UnitRef unit = units.require(code);
		TaskImportResult result = dryRun ? imports.preview(unit, content, user, locale)
				: imports.importFile(unit, content, user, locale);
		HttpStatus status = result.saved() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
		return ResponseEntity.status(status).body(result);
	}
}
