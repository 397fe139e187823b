package vn.baophu.report.export;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import vn.baophu.shared.VietnameseNumbers;

/**
 * One report table as provinces publish it, with every label already in the reader's language and
 * every number still a number: the .xlsx writer and the PDF template both read this, so the two
 * files cannot disagree.
 *
 * @param sheetName short name of the .xlsx sheet (at most 31 characters)
 * @param title the table's title, above it
 * @param subtitle the unit and the date the figures stand at
 * @param intro lines between the subtitle and the table (may be empty)
 * @param columns the columns, left to right; consecutive columns with the same group share a merged
 *        header cell, a column without a group spans both header rows
 * @param rows one row per child unit (or per scheme in the summary)
 * @param total the total row (the unit itself), or null where a table has none
 * @param extra a row under the total (what the lagging units still owe), or null
 * @param notes footnotes: how to read the table and where its numbers come from
 */
@NamedInterface("exports")
public record ExportTable(String sheetName, String title, String subtitle, List<String> intro, List<Column> columns,
		List<Row> rows, @Nullable Row total, @Nullable Row extra, List<String> notes) {

	public ExportTable {
		intro = List.copyOf(intro);
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		notes = List.copyOf(notes);
		for (Row row : rows) {
			checkWidth(row, columns);
		}
		if (total != null) {
			checkWidth(total, columns);
		}
		if (extra != null) {
			checkWidth(extra, columns);
		}
	}

	/** Whether any header cell spans two columns, i.e. the header has two rows of labels that differ. */
	public boolean hasGroups() {
		return columns.stream().anyMatch(column -> column.group() != null);
	}

	/**
	 * The groups of the first header row, left to right: a column without a group is a group of its own
	 * (spanning both rows).
	 */
	public List<HeaderGroup> headerGroups() {
		List<HeaderGroup> groups = new ArrayList<>();
		int first = 0;
		while (first < columns.size()) {
			String group = columns.get(first).group();
			int last = first;
			while (group != null && last + 1 < columns.size() && group.equals(columns.get(last + 1).group())) {
				last++;
			}
			groups.add(new HeaderGroup(group == null ? columns.get(first).label() : group, first, last, group != null));
			first = last + 1;
		}
		return groups;
	}

	private static void checkWidth(Row row, List<Column> columns) {
		if (row.cells().size() != columns.size()) {
			throw new IllegalArgumentException(
					"row of " + row.cells().size() + " cells in a table of " + columns.size() + " columns");
		}
	}

	/**
	 * A column.
	 *
	 * @param group the label of the header cell spanning this column and its neighbours of the same
	 *        group, or null
	 * @param label the column's own label
	 * @param numbering what the numbering row says: A, B, 1, 2, 3=2/1 …
	 */
	public record Column(@Nullable String group, String label, String numbering) {
	}

	/** A cell of the first header row: a group over columns {@code first..last}, or a lone column. */
	public record HeaderGroup(String label, int first, int last, boolean grouped) {

		public int span() {
			return last - first + 1;
		}
	}

	/** A row of the table. */
	public record Row(Style style, List<Cell> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

		public enum Style {
			/** A child unit (or a scheme of the summary). */
			BODY,
			/** A sub-row of the summary ("of which …"). */
			DETAIL,
			/** The total row, bold. */
			TOTAL,
			/** The row under the total, italic. */
			EXTRA
		}
	}

	/**
	 * A cell: a number of some kind, or text. A number that cannot be given (missing figures, no target)
	 * carries the text shown instead.
	 *
	 * @param kind what the value is and how it is displayed
	 * @param value the number (percent values in percent: 93.08… = 93,08 %), or null
	 * @param text the text of a text cell, or what a cell without a number shows
	 * @param derived a derived target, marked with an asterisk
	 */
	public record Cell(Kind kind, @Nullable BigDecimal value, String text, boolean derived) {

		private static final Cell BLANK = new Cell(Kind.BLANK, null, "", false);

		public Cell {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(text, "text");
		}

		public static Cell text(String text) {
			return new Cell(Kind.TEXT, null, text, false);
		}

		/** An empty cell: nothing belongs here (not a missing value). */
		public static Cell blank() {
			return BLANK;
		}

		public static Cell ordinal(int number) {
			return new Cell(Kind.ORDINAL, BigDecimal.valueOf(number), "", false);
		}

		public static Cell count(@Nullable Long count) {
			return count(count, VietnameseNumbers.MISSING);
		}

		public static Cell count(@Nullable Long count, String whenMissing) {
			return new Cell(Kind.COUNT, count == null ? null : BigDecimal.valueOf(count), whenMissing, false);
		}

		public static Cell change(@Nullable Long people) {
			BigDecimal value = people == null ? null : BigDecimal.valueOf(people);
			return new Cell(Kind.CHANGE, value, VietnameseNumbers.MISSING, false);
		}

		public static Cell percent(@Nullable BigDecimal percent) {
			return new Cell(Kind.PERCENT, percent, VietnameseNumbers.MISSING, false);
		}

		public static Cell target(@Nullable BigDecimal percent, boolean derived) {
			return new Cell(Kind.PERCENT, percent, VietnameseNumbers.MISSING, derived);
		}

		public static Cell points(@Nullable BigDecimal points) {
			return new Cell(Kind.POINTS, points, VietnameseNumbers.MISSING, false);
		}

		public boolean numeric() {
			return kind != Kind.TEXT && kind != Kind.BLANK && value != null;
		}

		public enum Kind {
			/** Text (a unit's name). */
			TEXT,
			/** The row number (STT). */
			ORDINAL,
			/** People: 148.806, negatives in parentheses (75). */
			COUNT,
			/** A change in people, signed: +1.234, -56. */
			CHANGE,
			/** A rate in percent, two decimals: 93,08%. */
			PERCENT,
			/** A change in percentage points, signed, two decimals: +1,53. */
			POINTS,
			/** Nothing belongs here. */
			BLANK
		}
	}
}
