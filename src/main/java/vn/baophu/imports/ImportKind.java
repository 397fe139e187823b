package vn.baophu.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of data a file can hold, with the columns each expects (header names, lower case). */
public enum ImportKind {

	UNITS(List.of("code", "name", "type"), List.of("parent_code")),
	DENOMINATORS(List.of("unit_code", "year"), List.of("population", "labour_force", "source")),
	TARGETS(List.of("unit_code", "year", "indicator", "rate"), List.of("decision")),
	// Every scheme column is required: a file without one would erase that scheme's saved counts.
	FIGURES(List.of("unit_code", "period", "bhyt", "bhxh_bb", "bhxh_tn", "bhtn"), List.of()),
	/** New user accounts; administrators only (see {@link UsersCheck}). */
	USERS(List.of("username", "full_name", "role", "unit_code", "password"), List.of()),
	/** Students insured per school and school year (see {@link SchoolsCheck}). */
	SCHOOLS(List.of("unit_code", "school", "level", "school_year", "as_of", "students", "insured_other_group",
			"insured_at_school"), List.of("school_code")),
	/**
	 * One (old unit, new unit) pair of an administrative reform, applied on an effective day given
	 * beside the file; administrators of the whole tree only (see {@link ReformCheck}).
	 */
	REFORM(List.of("old_code", "new_code", "new_name", "new_type"), List.of("new_parent_code", "share")),
	/**
	 * Directives and their tasks, each directive kept under the row's unit or the unit the file is
	 * imported into; the rules of a task are the task module's (see {@link TasksCheck}).
	 */
	TASKS(List.of("directive_number", "directive_date", "issuer", "directive_kind", "directive_title", "assignee", "task",
			"recurrence", "due"), List.of("assignee_unit_code", "unit_code"));

	private final List<String> requiredColumns;
	private final List<String> optionalColumns;

	ImportKind(List<String> requiredColumns, List<String> optionalColumns) {
		this.requiredColumns = requiredColumns;
		this.optionalColumns = optionalColumns;
	}

	/** "units", "denominators", "targets" or "figures" (any case), as in the URLs. */
	public static Optional<ImportKind> fromPath(String path) {
		for (ImportKind kind : values()) {
			if (kind.path().equalsIgnoreCase(path.trim())) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	/** The name in URLs and message keys: "units"… */
	public String path() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Columns the header must have (a row may still leave some optional cells empty). */
	public List<String> requiredColumns() {
		return requiredColumns;
	}

	/** Columns read when present. */
	public List<String> optionalColumns() {
		return optionalColumns;
	}

	/** Every column in the order of the template file. */
	public List<String> columns() {
		return java.util.stream.Stream.concat(requiredColumns.stream(), optionalColumns.stream()).toList();
	}
}
