package vn.baophu.imports;

import java.util.List;
import java.util.Map;

/**
 * What an import (or its preview) found. {@code imported}: rows saved, or for a preview the rows that
 * would be saved; 0 when there is any error. Warnings never block saving. {@code totals}: what the
 * rows make beyond themselves, by name (a task file: its "directives"); empty for most kinds.
 */
public record ImportResult(ImportKind kind, int imported, List<ImportProblem> errors, List<ImportProblem> warnings,
		Map<String, Integer> totals) {

	public ImportResult {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
		totals = Map.copyOf(totals);
	}

	public ImportResult(ImportKind kind, int imported, List<ImportProblem> errors, List<ImportProblem> warnings) {
		this(kind, imported, errors, warnings, Map.of());
	}

	/** No error: the rows were saved (for a preview: they can be). */
	public boolean saved() {
		return errors.isEmpty();
	}
}
