package vn.baophu.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an .xlsx file as rows of text. Numbers are written exactly and without a
 * trailing ".0" (148806, 95.5); a cell formatted as a percentage holding 0.95 reads as 95; a date
 * cell reads as an ISO date (2023-06-01); a formula reads as its cached value.
 * <p>
 * The sheet is read as a stream (SAX over the sheet's XML, from a temporary file, so that no part of
 * the package is inflated into memory whole), and only cells with a value are kept: a file with a
 * cell in column XFD on every row is refused at its first such row, never expanded into 16 384 cells
 * a row. Limits ({@link FileLimits}): sheets in the workbook, rows with content, and columns.
 */
final class XlsxRows {

	private XlsxRows() {
	}

	static List<Table.RawRow> read(byte[] content) {
		Path file = null;
		try {
			file = Files.createTempFile("baophu-import-", ".xlsx");
			Files.write(file, content);
			try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
				return firstSheet(pkg);
			}
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (IOException | SAXException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException ex) {
			if (ex instanceof SAXException sax && sax.getException() instanceof UnreadableFileException refused) {
				throw refused;
			}
			throw new UnreadableFileException("import.error.xlsx");
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ignored) {
					// a temporary file: the system cleans it up
				}
			}
		}
	}

	private static List<Table.RawRow> firstSheet(OPCPackage pkg)
			throws IOException, SAXException, org.apache.poi.openxml4j.exceptions.OpenXML4JException {
		XSSFReader reader = new XSSFReader(pkg);
		Iterator<InputStream> sheets = reader.getSheetsData();
		if (!sheets.hasNext()) {
			return List.of();
		}
		int count = 0;
		InputStream first = null;
		while (sheets.hasNext()) {
			InputStream sheet = sheets.next();
			count++;
			if (first == null) {
				first = sheet;
			}
			else {
				sheet.close();
			}
			if (count > FileLimits.MAX_SHEETS) {
				first.close();
				throw new UnreadableFileException("import.error.tooManySheets", (long) FileLimits.MAX_SHEETS);
			}
		}
		SheetHandler handler = new SheetHandler(new ReadOnlySharedStringsTable(pkg, false), reader.getStylesTable());
		try (InputStream sheet = first) {
			XMLReader xml = XMLHelper.newXMLReader();
			xml.setContentHandler(handler);
			xml.parse(new InputSource(sheet));
		}
		catch (javax.xml.parsers.ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
		return handler.rows;
	}

	/** Collects the rows of a sheet's XML ({@code <row r><c r t s><v>…</v>|<is><t>…</t></is></c></row>}). */
	private static final class SheetHandler extends DefaultHandler {

		private final ReadOnlySharedStringsTable strings;
		private final @Nullable StylesTable styles;
		private final List<Table.RawRow> rows = new ArrayList<>();
		private final StringBuilder value = new StringBuilder();

		private int rowNumber;
		private List<String> cells = new ArrayList<>();
		private int column;
		private @Nullable String reference;
		private @Nullable String type;
		private @Nullable String style;
		private boolean inValue;

		SheetHandler(ReadOnlySharedStringsTable strings, @Nullable StylesTable styles) {
			this.strings = strings;
			this.styles = styles;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "row" -> {
					String r = attributes.getValue("r");
					rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
					cells = new ArrayList<>();
					column = -1;
				}
				case "c" -> {
					reference = attributes.getValue("r");
					column = reference == null ? column + 1 : new CellReference(reference).getCol();
					type = attributes.getValue("t");
					style = attributes.getValue("s");
					value.setLength(0);
				}
				case "v", "t" -> inValue = true;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inValue) {
				value.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v", "t" -> inValue = false;
				case "c" -> cell();
				case "row" -> row();
				default -> {
				}
			}
		}

		private void cell() {
			String text = value.isEmpty() ? "" : text(value.toString());
			if (text.isEmpty()) {
				return;
			}
			if (column >= FileLimits.MAX_COLUMNS) {
				String cell = reference != null ? reference : CellReference.convertNumToColString(column) + rowNumber;
				throw new UnreadableFileException(Issue.of(rowNumber, "", "import.error.tooManyColumns", cell,
						(long) FileLimits.MAX_COLUMNS));
			}
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(text);
		}

		private void row() {
			if (cells.isEmpty()) {
				return;
			}
			if (rows.size() >= FileLimits.MAX_ROWS) {
				throw new UnreadableFileException(Issue.of(rowNumber, "", "import.error.tooManyRows",
						(long) FileLimits.MAX_ROWS));
			}
			rows.add(new Table.RawRow(rowNumber, List.copyOf(cells)));
		}

		private String text(String raw) {
			String t = type == null ? "n" : type;
			return switch (t) {
				case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString().strip();
				case "inlineStr", "str" -> raw.strip();
				case "b" -> String.valueOf("1".equals(raw.strip()));
				case "e" -> raw.strip();
				default -> number(raw.strip());
			};
		}

		private String number(String raw) {
			BigDecimal value;
			try {
				// Double.toString gives the shortest text that reads back as the same double: 0.2269, not 0.22690000000000001.
				value = new BigDecimal(Double.toString(Double.parseDouble(raw)));
			}
			catch (NumberFormatException ex) {
				return raw;
			}
			XSSFCellStyle cellStyle = cellStyle();
			if (cellStyle != null) {
				String format = cellStyle.getDataFormatString();
				if (DateUtil.isADateFormat(cellStyle.getDataFormat(), format)
						&& DateUtil.isValidExcelDate(value.doubleValue())) {
					return DateUtil.getLocalDateTime(value.doubleValue()).toLocalDate().toString();
				}
				if (format != null && format.contains("%")) {
					value = value.movePointRight(2);
				}
			}
			return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
		}

		private @Nullable XSSFCellStyle cellStyle() {
			if (styles == null || styles.getNumCellStyles() == 0) {
				return null;
			}
			int index = style == null ? 0 : Integer.parseInt(style);
			return index < styles.getNumCellStyles() ? styles.getStyleAt(index) : null;
		}
	}
}
