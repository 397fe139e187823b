package vn.baophu.report.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;
import vn.baophu.coverage.BhxhResult;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.coverage.TargetRate;
import vn.baophu.report.GapRow;
import vn.baophu.report.GapTable;
import vn.baophu.report.export.ExportTable.Cell;
import vn.baophu.report.export.ExportTable.Column;
import vn.baophu.report.export.ExportTable.Row;

/**
 * The tables of one gap table in the published layout: BHYT and BHTN (columns 1–7), BHXH (1–12) as
 * on the page, and the people still to enrol by unit (BHXH bắt buộc, BHXH tự nguyện, BHTN, BHYT).
 */
final class GapSheets {

	private final GapTable table;
	private final ExportFormats formats;
	private final List<String> sourceNotes;

	GapSheets(GapTable table, ExportFormats formats, List<String> sourceNotes) {
		this.table = table;
		this.formats = formats;
		this.sourceNotes = List.copyOf(sourceNotes);
	}

	ExportTable table(TableKind kind) {
		return switch (kind) {
			case BHYT -> indicator(kind, "gap.col.population", GapRow::bhyt, GapRow::bhytReported,
					table.positiveGaps().bhyt());
			case BHXH -> bhxh();
			case BHTN -> indicator(kind, "gap.col.labourForce", GapRow::bhtn, GapRow::bhtnReported,
					table.positiveGaps().bhtn());
			case REMAINING -> remaining();
		};
	}

	String subtitle() {
		return formats.message("export.subtitle", table.unit().name(), formats.monthEnd(table.period()));
	}

	private ExportTable indicator(TableKind kind, String denominatorKey, Function<GapRow, IndicatorResult> result,
			ToIntFunction<GapRow> reported, long positiveGaps) {
		String group = formats.message("export.group.participation", kind.name());
		List<Column> columns = List.of(number(), unit(), new Column(null, formats.message(denominatorKey), "1"),
				new Column(group, formats.message("export.col.people"), "2"),
				new Column(group, formats.message("gap.col.coverage"), "3=2/1"),
				new Column(null, formats.message("gap.col.target"), "4"),
				new Column(null, formats.message("gap.col.achievement"), "5=3/4"),
				new Column(null, formats.message("gap.col.change"), "6"),
				new Column(null, formats.message("gap.col.remaining"), "7"));
		Function<GapRow, List<Cell>> cells = row -> {
			IndicatorResult r = result.apply(row);
			return List.of(Cell.count(r.denominator()),
					Cell.count(r.participants(), missing(reported.applyAsInt(row), row.leaves())),
					Cell.percent(r.coverage()), target(r.target()), Cell.percent(r.achievement()),
					Cell.points(r.changePoints()), Cell.count(r.remaining()));
		};
		return build(kind, columns, cells, List.of(positiveGaps));
	}

	private ExportTable bhxh() {
		String participants = formats.message("export.group.bhxhParticipants");
		String rate = formats.message("export.group.rate");
		String target = formats.message("export.group.target");
		String achievement = formats.message("export.group.achievement");
		String remaining = formats.message("export.group.remaining");
		String compulsory = formats.message("export.col.compulsory");
		String voluntary = formats.message("export.col.voluntary");
		String bhxh = formats.message("export.col.bhxh");
		List<Column> columns = List.of(number(), unit(),
				new Column(null, formats.message("gap.col.labourForce"), "1"),
				new Column(participants, compulsory, "2"), new Column(participants, voluntary, "3"),
				new Column(participants, formats.message("export.col.total"), "4=2+3"),
				new Column(rate, bhxh, "5=4/1"), new Column(rate, voluntary, "6=3/1"),
				new Column(target, bhxh, "7"), new Column(target, voluntary, "8"),
				new Column(achievement, bhxh, "9=5/7"), new Column(achievement, voluntary, "10=6/8"),
				new Column(remaining, compulsory, "11"), new Column(remaining, voluntary, "12"));
		Function<GapRow, List<Cell>> cells = row -> {
			BhxhResult x = row.bhxh();
			IndicatorResult t = x.total();
			IndicatorResult v = x.voluntaryPart();
			return List.of(Cell.count(t.denominator()),
					Cell.count(x.compulsory(), missing(row.bhxhReported(), row.leaves())), Cell.count(x.voluntary()),
					Cell.count(t.participants()), Cell.percent(t.coverage()), Cell.percent(v.coverage()),
					target(t.target()), target(v.target()), Cell.percent(t.achievement()),
					Cell.percent(v.achievement()), Cell.count(x.remainingCompulsory()), Cell.count(v.remaining()));
		};
		GapTable.PositiveGaps gaps = table.positiveGaps();
		return build(TableKind.BHXH, columns, cells, List.of(gaps.bhxhCompulsory(), gaps.bhxhVoluntary()));
	}

	private ExportTable remaining() {
		String group = formats.message("export.group.remaining");
		List<Column> columns = List.of(number(), unit(),
				new Column(group, formats.message("gap.col.compulsory"), "1"),
				new Column(group, formats.message("gap.col.voluntary"), "2"), new Column(group, "BHTN", "3"),
				new Column(group, "BHYT", "4"));
		Function<GapRow, List<Cell>> cells = row -> List.of(Cell.count(row.bhxh().remainingCompulsory()),
				Cell.count(row.bhxh().voluntaryPart().remaining()), Cell.count(row.bhtn().remaining()),
				Cell.count(row.bhyt().remaining()));
		GapTable.PositiveGaps gaps = table.positiveGaps();
		return build(TableKind.REMAINING, columns, cells,
				List.of(gaps.bhxhCompulsory(), gaps.bhxhVoluntary(), gaps.bhtn(), gaps.bhyt()));
	}

	/**
	 * The rows (number, name, then the scheme's cells), the total row and, when there are child rows,
	 * the sum of the lagging children's gaps under the last columns.
	 */
	private ExportTable build(TableKind kind, List<Column> columns, Function<GapRow, List<Cell>> cells,
			List<Long> positiveGaps) {
		List<Row> rows = new ArrayList<>();
		int number = 1;
		for (GapRow row : table.rows()) {
			rows.add(row(Row.Style.BODY, Cell.ordinal(number++), row.unit().name(), cells.apply(row)));
		}
		Row total = row(Row.Style.TOTAL, Cell.blank(), formats.message("gap.total"), cells.apply(table.total()));
		Row extra = null;
		if (!rows.isEmpty()) {
			List<Cell> gapCells = new ArrayList<>();
			int first = columns.size() - positiveGaps.size();
			for (int column = 2; column < first; column++) {
				gapCells.add(Cell.blank());
			}
			for (int i = 0; i < positiveGaps.size(); i++) {
				// a sum over children whose gaps are all unknown is unknown, not 0
				int column = first + i;
				boolean known = rows.stream().anyMatch(row -> row.cells().get(column).numeric());
				gapCells.add(Cell.count(known ? positiveGaps.get(i) : null));
			}
			extra = row(Row.Style.EXTRA, Cell.blank(), formats.message("export.row.positiveGaps"), gapCells);
		}
		boolean derived = total.cells().stream().anyMatch(Cell::derived)
				|| rows.stream().flatMap(row -> row.cells().stream()).anyMatch(Cell::derived);
		return new ExportTable(formats.message("export.sheet." + kind.key()),
				formats.message("export.title." + kind.key()), subtitle(), List.of(), columns, rows, total, extra,
				notes(formats, derived, extra != null, sourceNotes));
	}

	/** How to read a table, then where its numbers come from. */
	static List<String> notes(ExportFormats formats, boolean derived, boolean positiveGaps, List<String> sources) {
		List<String> notes = new ArrayList<>();
		notes.add(formats.message("export.note.negative"));
		notes.add(formats.message("export.note.missing"));
		if (derived) {
			notes.add(formats.message("export.note.derived"));
		}
		if (positiveGaps) {
			notes.add(formats.message("export.note.positiveGaps"));
		}
		notes.addAll(sources);
		return notes;
	}

	private static Row row(Row.Style style, Cell number, String name, List<Cell> cells) {
		List<Cell> all = new ArrayList<>(cells.size() + 2);
		all.add(number);
		all.add(Cell.text(name));
		all.addAll(cells);
		return new Row(style, all);
	}

	private Column number() {
		return new Column(null, formats.message("gap.col.number"), "A");
	}

	private Column unit() {
		return new Column(null, formats.message("gap.col.unit"), "B");
	}

	/** What a participants cell says when the month's figures are missing, as the page says it. */
	private String missing(int reported, int leaves) {
		return leaves == 1 ? formats.message("gap.notReported")
				: formats.message("gap.partlyReported", String.valueOf(reported), String.valueOf(leaves));
	}

	static Cell target(@Nullable TargetRate target) {
		return target == null ? Cell.percent(null) : Cell.target(target.percent(), target.derived());
	}
}
