package vn.baophu.imports;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.baophu.figures.FiguresService;
import vn.baophu.figures.MonthlyCounts;
import vn.baophu.unit.UnitRef;
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
	private final FiguresService figures;
	private final FigureWarnings warnings;

	@Override
	public Checked check(Table table, ImportContext context) {
		UnitRows<FigureWarnings.FigureRow> rows = UnitRows.read(table, units, (check, row, known, keys) -> {
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
		List<MonthlyCounts> counts = rows.values().stream().map(FigureWarnings.FigureRow::counts).toList();
		return new Checked(counts.size(), rows.errors(), warnings.find(rows.values()), user -> figures.save(counts, user));
	}
}
