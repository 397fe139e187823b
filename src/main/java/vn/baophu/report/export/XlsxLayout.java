package vn.baophu.report.export;

import java.util.ArrayList;
import java.util.List;

import vn.baophu.report.export.ExportTable.Column;
import vn.baophu.report.export.ExportTable.Row;

/**
 * Sizes on a sheet, measured in characters: Excel stores no row heights for wrapped text it has not
 * laid out itself, so the writer estimates how many lines a label or a note needs.
 */
final class XlsxLayout {

	private static final int MAX_LABEL_WIDTH = 14;

	private XlsxLayout() {
	}

	/**
	 * Column widths in characters: wide enough for every value as displayed and for the label wrapped
	 * at about {@value #MAX_LABEL_WIDTH} characters a line.
	 */
	static int[] widths(ExportTable table, ExportFormats formats) {
		List<Column> columns = table.columns();
		int[] widths = new int[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			int label = longestWord(columns.get(c).label());
			widths[c] = Math.max(Math.max(label, Math.min(columns.get(c).label().length(), MAX_LABEL_WIDTH)), 6) + 2;
		}
		List<Row> rows = new ArrayList<>(table.rows());
		if (table.total() != null) {
			rows.add(table.total());
		}
		if (table.extra() != null) {
			rows.add(table.extra());
		}
		for (Row row : rows) {
			for (int c = 0; c < columns.size(); c++) {
				widths[c] = Math.max(widths[c], formats.cell(row.cells().get(c)).length() + 3);
			}
		}
		return widths;
	}

	private static int longestWord(String text) {
		int longest = 0;
		for (String word : text.split("\\s+")) {
			longest = Math.max(longest, word.length());
		}
		return longest;
	}

	static int width(int[] widths, int first, int last) {
		int sum = 0;
		for (int c = first; c <= last; c++) {
			sum += widths[c];
		}
		return sum;
	}

	/** Lines a text needs in a column of this many characters (a rough measure, words kept whole). */
	static int lines(String text, int width) {
		int lines = 1;
		int used = 0;
		int room = Math.max(1, width - 1);
		for (String word : text.split("\\s+")) {
			int needed = used == 0 ? word.length() : used + 1 + word.length();
			if (needed > room && used > 0) {
				lines++;
				used = word.length();
			}
			else {
				used = needed;
			}
		}
		return lines;
	}
}
