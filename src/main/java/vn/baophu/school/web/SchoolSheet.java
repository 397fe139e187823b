package vn.baophu.school.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import vn.baophu.report.export.ExportTable;
import vn.baophu.report.export.ExportTable.Cell;
import vn.baophu.report.export.ExportTable.Column;
import vn.baophu.report.export.ExportTable.Row;
import vn.baophu.school.SchoolRow;
import vn.baophu.school.SchoolTable;
import vn.baophu.shared.VietnameseNumbers;

/** The appendix as a report table: the page's columns and rows, labels in the reader's language, numbers as numbers. */
final class SchoolSheet {

	private SchoolSheet() {
	}

	static ExportTable of(SchoolTable table, MessageSource messages, Locale locale) {
		String insured = text(messages, locale, "school.col.insured");
		List<Column> columns = List.of(new Column(null, text(messages, locale, "school.col.number"), "A"),
				new Column(null, text(messages, locale, "school.col.school"), "B"),
				new Column(null, text(messages, locale, "school.col.students"), "1"),
				new Column(insured, text(messages, locale, "school.col.total"), "2=3+4"),
				new Column(insured, text(messages, locale, "school.col.otherGroup"), "3"),
				new Column(insured, text(messages, locale, "school.col.atSchool"), "4"),
				new Column(null, text(messages, locale, "school.col.remaining"), "5=1-2"),
				new Column(null, text(messages, locale, "school.col.rate"), "6=2/1"));
		List<Row> rows = new ArrayList<>();
		int number = 1;
		for (SchoolRow row : table.rows()) {
			rows.add(row(Row.Style.BODY, Cell.ordinal(number++), row.school(), row));
		}
		SchoolRow total = table.total();
		String title = text(messages, locale, "school.heading", table.unit().name());
		String subtitle = text(messages, locale, "school.export.subtitle", table.schoolYear().toString());
		String summary = text(messages, locale, "school.summary", VietnameseNumbers.people(total.insured(), locale),
				VietnameseNumbers.people(total.students(), locale), VietnameseNumbers.percent(total.rate(), locale),
				VietnameseNumbers.people(total.remaining(), locale));
		return new ExportTable(text(messages, locale, "school.export.sheet"), title, subtitle, List.of(), columns, rows,
				row(Row.Style.TOTAL, Cell.blank(), text(messages, locale, "school.total"), total), null,
				List.of(summary));
	}

	private static Row row(Row.Style style, Cell first, String name, SchoolRow row) {
		return new Row(style, List.of(first, Cell.text(name), Cell.count(row.students()), Cell.count(row.insured()),
				Cell.count(row.insuredOtherGroup()), Cell.count(row.insuredAtSchool()),
				// The appendix writes "-" for a school with no one left to insure.
				row.remaining() == 0 ? Cell.text("-") : Cell.count(row.remaining()), Cell.percent(row.rate())));
	}

	private static String text(MessageSource messages, Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
