package vn.baophu.imports;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.baophu.figures.EntrySettings;
import vn.baophu.figures.FiguresService;
import vn.baophu.figures.MonthlyCounts;
import vn.baophu.target.TargetService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitsByCode;
import vn.baophu.unit.UnitService;

/**
 * figures: {@code unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn}, for units without children only. An
 * empty cell is "not reported", never zero; a row must report at least one count.
 */
@Component
@RequiredArgsConstructor
class FiguresCheck implements KindCheck {

	static final List<String> COUNT_COLUMNS = List.of("bhyt", "bhxh_bb", "bhxh_tn", "bhtn");

	private final UnitService units;
	private final TargetService targets;
	private final FiguresService figures;
	private final EntrySettings jumpRule;

	@Override
	public ImportKind kind() {
		return ImportKind.FIGURES;
	}

	@Override
	public Checked check(Table table) {
		UnitsByCode known = units.byCodes(table.values("unit_code"));
		List<Issue> errors = new ArrayList<>();
		DuplicateKeys keys = new DuplicateKeys();
		List<FigureWarnings.FigureRow> rows = RowReader.readAll(table, errors, (check, row) -> {
			YearMonth period = check.period("period");
			UnitRef unit = check.unit("unit_code", known, period, true);
			Long bhyt = check.count("bhyt", false);
			Long compulsory = check.count("bhxh_bb", false);
			Long voluntary = check.count("bhxh_tn", false);
			Long bhtn = check.count("bhtn", false);
			if (COUNT_COLUMNS.stream().allMatch(column -> row.cell(column).isEmpty())) {
				check.error("", "import.error.noFigure");
			}
			if (unit != null && period != null) {
				keys.firstTime(check, "unit_code", unit.code() + ", " + period);
			}
			return () -> new FigureWarnings.FigureRow(row.number(),
					new MonthlyCounts(unit.id(), period, bhyt, compulsory, voluntary, bhtn));
		});
		List<Issue> warnings = new FigureWarnings(targets, figures, jumpRule).find(rows);
		List<MonthlyCounts> counts = rows.stream().map(FigureWarnings.FigureRow::counts).toList();
		return new Checked(counts.size(), errors, warnings, user -> figures.save(counts, user));
	}
}
