package vn.baophu.imports;

/**
 * What an imported file may hold, so that a careless or hostile file gets an error naming its row
 * instead of exhausting the server's memory. The byte size of an upload is bounded before it gets
 * here ({@code baophu.imports.max-upload-size}).
 */
final class FileLimits {

	/** Rows with content, the header included; a province has about a hundred communes a month. */
	static final int MAX_ROWS = 200_000;

	/** Columns that may hold a value; the widest kind has six. */
	static final int MAX_COLUMNS = 50;

	/** Sheets in an .xlsx workbook (only the first is read). */
	static final int MAX_SHEETS = 50;

	private FileLimits() {
	}
}
