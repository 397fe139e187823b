package vn.baophu.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded file into a {@link Table}: .xlsx (first sheet, see {@link XlsxRows}) or CSV
 * (UTF-8 with or without a byte order mark, comma separated, or semicolon separated when the header
 * has semicolons and no comma, as some spreadsheet programs write it).
 */
final class TabularFile {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private TabularFile() {
	}

	/** @throws UnreadableFileException when the file is neither readable CSV nor .xlsx */
	static Table read(String fileName, byte[] content) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (startsWith(content, ZIP) || name.endsWith(".xlsx")) {
			return Table.of(XlsxRows.read(content));
		}
		if (startsWith(content, OLE2) || name.endsWith(".xls")) {
			throw new UnreadableFileException("import.error.xls");
		}
		return Table.of(csvRows(decode(content)));
	}

	private static List<Table.RawRow> csvRows(String text) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(text))
			.setIgnoreEmptyLines(false)
			.get();
		List<Table.RawRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			try {
				for (CSVRecord record : parser) {
					rows.add(new Table.RawRow((int) record.getRecordNumber(), withinLimits(record, rows.size())));
				}
			}
			catch (UncheckedIOException ex) {
				throw new UnreadableFileException("import.error.csv", String.valueOf(parser.getCurrentLineNumber()));
			}
		}
		catch (IOException ex) {
			throw new UnreadableFileException("import.error.csv", "1");
		}
		return rows;
	}

	/** The record's cells, or the row-level error of a row past {@link FileLimits}. */
	private static List<String> withinLimits(CSVRecord record, int rowsBefore) {
		int row = (int) record.getRecordNumber();
		if (rowsBefore >= FileLimits.MAX_ROWS) {
			throw new UnreadableFileException(Issue.of(row, "", "import.error.tooManyRows", (long) FileLimits.MAX_ROWS));
		}
		List<String> cells = record.toList();
		for (int i = FileLimits.MAX_COLUMNS; i < cells.size(); i++) {
			if (!cells.get(i).isBlank()) {
				String cell = org.apache.poi.ss.util.CellReference.convertNumToColString(i) + row;
				throw new UnreadableFileException(Issue.of(row, "", "import.error.tooManyColumns", cell,
						(long) FileLimits.MAX_COLUMNS));
			}
		}
		return cells.size() > FileLimits.MAX_COLUMNS ? List.copyOf(cells.subList(0, FileLimits.MAX_COLUMNS)) : cells;
	}

	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String firstLine = end < 0 ? text : text.substring(0, end);
		return firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
	}

	/** Strict UTF-8: a file saved in another encoding is refused rather than read as garbage. */
	private static String decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFileException("import.error.encoding");
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
