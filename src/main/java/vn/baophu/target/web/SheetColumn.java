package vn.baophu.target.web;

import org.jspecify.annotations.Nullable;

/** A typed column of a yearly grid: its form field, its heading's message key, and what it holds. */
record SheetColumn(String field, String label, Holds holds) {

	enum Holds {
		COUNT, RATE, TEXT
	}

	/** Counts and rates are typed on a number pad and right-aligned; text is not. */
	public boolean numeric() {
		return holds != Holds.TEXT;
	}

	/** The keyboard a phone shows: digits for counts, digits and a separator for rates, letters for text (null). */
	public @Nullable String inputMode() {
		return holds == Holds.COUNT ? "numeric" : holds == Holds.RATE ? "decimal" : null;
	}

	public String cssClass() {
		return "form-control form-control-sm" + (numeric() ? " text-end" : "") + (holds == Holds.RATE ? " rate-cell" : "");
	}
}
