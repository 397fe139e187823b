package vn.baophu.target.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import vn.baophu.target.SheetOutcome;
import vn.baophu.unit.UnitRef;

/**
 * What one yearly grid (denominators, targets) does its own way; {@link YearlySheetController},
 * {@link YearlySheetForm} and {@code target/sheet.html} do the rest for both.
 */
interface YearlySheet {

	/** The path after {@code /units/{code}/}, and the stem of the page's ids and message keys. */
	String page();

	/** Whether the unit itself has a row (shown first and marked as the whole unit). */
	boolean hasOwnRow();

	/** The grid's units, in the order of its rows. */
	List<UnitRef> rows(UnitRef unit, int year);

	/** The newest year with saved values for any of these units. */
	Optional<Integer> latestYear(List<Long> unitIds);

	/** The grid as saved. */
	YearlySheetForm<?> open(List<UnitRef> rows, int year, Locale locale);

	/** An empty form for the browser's post to be bound on. */
	YearlySheetForm<?> blank();

	/** The typed cells' columns, after the number, code and unit name. */
	List<SheetColumn> columns();

	/** The hidden fields of a row: what the grid showed when it was opened. */
	List<String> hiddenFields();

	/** One side of a conflict (its saved or typed values) as the conflicts table shows it, column by column. */
	List<String> shown(Object values, Locale locale);

	/**
	 * Saves the rows of {@code form} all or nothing; null when a cell is bad (the errors are on
	 * {@code errors} and nothing is saved).
	 */
	@Nullable SheetOutcome<?> save(YearlySheetForm<?> form, List<UnitRef> rows, int year, Errors errors);

	/** The conflicts' rows keep what this user typed, and now stand on the other user's save. */
	void takeTheirs(YearlySheetForm<?> form, List<?> conflicts);
}
