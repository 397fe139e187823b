package vn.baophu.task;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import vn.baophu.imports.ImportProblem;

/**
 * What a task import (or its preview) found: the rows, the directives and tasks they make (new or
 * already there and updated), and every error; a file with any error saves nothing. The API answers
 * it as it is, without the rows.
 */
public record TaskImportResult(@JsonIgnore List<TaskImportLine> lines, int directives, int tasks,
		List<ImportProblem> errors) {

	public TaskImportResult {
		lines = List.copyOf(lines);
		errors = List.copyOf(errors);
	}

	/** No error: saved (for a preview: it can be). */
	public boolean saved() {
		return errors.isEmpty();
	}
}
