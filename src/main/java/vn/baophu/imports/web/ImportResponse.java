package vn.baophu.imports.web;

import java.util.List;

import vn.baophu.imports.ImportProblem;
import vn.baophu.imports.ImportResult;

/** The JSON answer of the import API. */
record ImportResponse(int imported, List<ImportProblem> errors, List<ImportProblem> warnings) {

	static ImportResponse of(ImportResult result) {
		return new ImportResponse(result.imported(), result.errors(), result.warnings());
	}
}
