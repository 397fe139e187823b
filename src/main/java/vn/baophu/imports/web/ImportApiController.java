package vn.baophu.imports.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.baophu.imports.ImportKind;
import vn.baophu.imports.ImportResult;
import vn.baophu.imports.ImportService;

/** Import over HTTP: the file as the raw body (CSV or .xlsx) or as the multipart part "file". */
@RestController
@RequestMapping("/api/v1/import")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROVINCIAL_STAFF')")
@Tag(name = "Import", description = "Import units, denominators, targets and monthly figures from CSV or .xlsx, "
		+ "all or nothing")
@RequiredArgsConstructor
class ImportApiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ImportService imports;
	private final ImportScopes scopes;

	@Operation(summary = "Import a file sent as the request body",
			description = "Body: text/csv (UTF-8, header row) or the .xlsx file. 200 when saved (or a dry run without "
					+ "errors), 422 with every bad row and field when anything is wrong (then nothing is saved).")
	@PostMapping(path = "/{kind}", consumes = { "text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ResponseEntity<ImportResponse> importBody(
			@Parameter(description = "units, denominators, targets, figures, users or reform") @PathVariable String kind,
			@RequestBody(required = false) byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
			@Parameter(description = "only check, save nothing") @RequestParam(defaultValue = "false") boolean dryRun,
			@Parameter(description = "reform only: the day it takes effect (2025-07-01)") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effective,
			Authentication user, Locale locale) {
		String fileName = type.isCompatibleWith(MediaType.parseMediaType(XLSX)) ? "body.xlsx" : "body.csv";
		return run(kind, fileName, body == null ? new byte[0] : body, dryRun, effective, user, locale);
	}

	@Operation(summary = "Import a file sent as multipart/form-data (part \"file\")")
	@PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportResponse> importPart(
			@Parameter(description = "units, denominators, targets, figures, users or reform") @PathVariable String kind,
			@RequestPart("file") MultipartFile file,
			@Parameter(description = "only check, save nothing") @RequestParam(defaultValue = "false") boolean dryRun,
			@Parameter(description = "reform only: the day it takes effect (2025-07-01)") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effective,
			Authentication user, Locale locale) throws IOException {
		String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		return run(kind, fileName, file.getBytes(), dryRun, effective, user, locale);
	}

	private ResponseEntity<ImportResponse> run(String kindPath, String fileName, byte[] content, boolean dryRun,
			@Nullable LocalDate effective, Authentication user, Locale locale) {
		ImportKind kind = ImportKind.fromPath(kindPath).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String scope = scopes.of(kind, user);
		ImportResult result = dryRun ? imports.preview(kind, fileName, content, scope, effective, locale)
				: imports.importFile(kind, fileName, content, user.getName(), scope, effective, locale);
		HttpStatus status = result.saved() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
		return ResponseEntity.status(status).body(ImportResponse.of(result));
	}
}
