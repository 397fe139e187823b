package vn.baophu.report.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import vn.baophu.coverage.BhxhResult;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.report.GapRow;
import vn.baophu.report.GapTable;
import vn.baophu.report.export.ExportTable.Cell;
import vn.baophu.report.export.ExportTable.Column;
import vn.baophu.report.export.ExportTable.Row;

/**
 * The first sheet of the monthly report: the unit as a whole, one row per scheme (BHXH with its
 * compulsory and voluntary parts), with the change since last month and since December and, beside
 * the unit's own gap, what its lagging units still owe.
 */
final class SummarySheet {

	private final GapTable table;
	private final ExportFormats formats;

	SummarySheet(GapTable table, ExportFormats formats) {
		this.table = table;
		this.formats = formats;
	}

	ExportTable build(String subtitle, List<String> sourceNotes, List<String> contents) {
		String change = formats.message("export.group.change");
		String remaining = formats.message("export.group.remaining");
		List<Column> columns = List.of(new Column(null, formats.message("gap.col.number"), "A"),
				new Column(null, formats.message("export.col.scheme"), "B"),
				new Column(null, formats.message("export.col.denominator"), "1"),
				new Column(null, formats.message("export.col.participants"), "2"),
				new Column(null, formats.message("gap.col.coverage"), "3=2/1"),
				new Column(null, formats.message("gap.col.target"), "4"),
				new Column(null, formats.message("gap.col.achievement"), "5=3/4"),
				new Column(change, formats.message("export.col.changeMonth"), "6"),
				new Column(change, formats.message("export.col.changeDecember"), "7"),
				new Column(remaining, formats.message("export.col.remainingOwn"), "8"),
				new Column(remaining, formats.message("export.col.remainingLagging"), "9"));
		GapRow total = table.total();
		GapTable.PositiveGaps gaps = table.positiveGaps();
		BhxhResult bhxh = total.bhxh();
		List<Row> rows = List.of(
				scheme(1, formats.message("gap.bhyt.title"), total.bhyt(), lagging(gaps.bhyt(), r -> r.bhyt().remaining())),
				scheme(2, formats.message("gap.bhxh.title"), bhxh.total(),
						lagging(gaps.bhxh(), r -> r.bhxh().total().remaining())),
				compulsory(bhxh, lagging(gaps.bhxhCompulsory(), r -> r.bhxh().remainingCompulsory())),
				detail(scheme(0, formats.message("export.row.ofWhichVoluntary"), bhxh.voluntaryPart(),
						lagging(gaps.bhxhVoluntary(), r -> r.bhxh().voluntaryPart().remaining()))),
				scheme(3, formats.message("gap.bhtn.title"), total.bhtn(), lagging(gaps.bhtn(), r -> r.bhtn().remaining())));
		boolean derived = rows.stream().flatMap(row -> row.cells().stream()).anyMatch(Cell::derived);
		List<String> intro = List.of(formats.message("export.summary.contents", String.join("; ", contents)));
		return new ExportTable(formats.message("export.sheet.summary"), formats.message("export.title.summary"),
				subtitle, intro, columns, rows, null, null,
				GapSheets.notes(formats, derived, false, sourceNotes));
	}

	private Row scheme(int number, String name, IndicatorResult r, Cell lagging) {
		return new Row(Row.Style.BODY, List.of(number == 0 ? Cell.blank() : Cell.ordinal(number), Cell.text(name),
				Cell.count(r.denominator()), Cell.count(r.participants()), Cell.percent(r.coverage()),
				GapSheets.target(r.target()), Cell.percent(r.achievement()), Cell.points(r.changePoints()),
				Cell.change(r.changePeopleSinceDecember()), Cell.count(r.remaining()), lagging));
	}

	/** Compulsory BHXH has no target of its own: its gap is the total's minus the voluntary one. */
	private Row compulsory(BhxhResult bhxh, Cell lagging) {
		List<Cell> cells = new ArrayList<>();
		cells.add(Cell.blank());
		cells.add(Cell.text(formats.message("export.row.ofWhichCompulsory")));
		cells.add(Cell.blank());
		cells.add(Cell.count(bhxh.compulsory()));
		for (int i = 0; i < 5; i++) {
			cells.add(Cell.blank());
		}
		cells.add(Cell.count(bhxh.remainingCompulsory()));
		cells.add(lagging);
		return new Row(Row.Style.DETAIL, cells);
	}

	private static Row detail(Row row) {
		List<Cell> cells = new ArrayList<>(row.cells());
		cells.set(2, Cell.blank());
		return new Row(Row.Style.DETAIL, cells);
	}

	/**
	 * What the lagging units owe: nothing to say for a commune (no units below it), unknown when no
	 * unit below has a known gap.
	 */
	private Cell lagging(long positiveGaps, Function<GapRow, @Nullable Long> remaining) {
		if (table.rows().isEmpty()) {
			return Cell.blank();
		}
		boolean known = table.rows().stream().anyMatch(row -> remaining.apply(row) != null);
		return Cell.count(known ? positiveGaps : null);
	}
}
