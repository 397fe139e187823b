package vn.baophu.imports;

import java.util.List;

/**
 * What an import (or its preview) found. {@code imported}: rows saved, or for a preview the rows that
 * would be saved; 0 when there is any error. Warnings never block saving.
 */
public record ImportResult(ImportKind kind, int imported, List<ImportProblem> errors, List<ImportProblem> warnings) {

	public ImportResult {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	/** No error: the rows were saved (for a preview: they can be). */
	public boolean saved() {
		return errors.isEmpty();
	}
}
