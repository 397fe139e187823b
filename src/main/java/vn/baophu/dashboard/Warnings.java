package vn.baophu.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.baophu.coverage.CoverageRules;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.report.GapRow;
import vn.baophu.shared.Indicator;

/**
 * The early warnings about a set of gap-table rows: coverage fell by more than the threshold since
 * last month, coverage below the same month of last year, figures missing for the month.
 */
final class Warnings {

	private Warnings() {
	}

	/**
	 * @param rows the units to watch, each with its history under {@code keys.get(i)}
	 */
	static List<Warning> of(List<GapRow> rows, List<String> keys, SubtreeHistory history, int month,
			DashboardSettings settings) {
		List<Warning> drops = new ArrayList<>();
		List<Warning> belowLastYear = new ArrayList<>();
		List<Warning> missing = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			GapRow row = rows.get(i);
			SubtreeHistory.UnitHistory unitHistory = history.of(keys.get(i));
			for (Indicator indicator : Indicator.values()) {
				IndicatorResult result = GapRows.result(row, indicator);
				BigDecimal coverage = result.coverage();
				BigDecimal change = result.changePoints();
				if (change != null && change.negate().compareTo(settings.dropThresholdPoints()) > 0) {
					drops.add(new Warning(Warning.Kind.DROP, row.unit(), List.of(indicator), coverage,
							unitHistory.thisYear(indicator).at(month - 1), change));
				}
				BigDecimal lastYear = unitHistory.lastYear(indicator).at(month);
				if (coverage != null && lastYear != null && coverage.compareTo(lastYear) < 0) {
					belowLastYear.add(new Warning(Warning.Kind.BELOW_LAST_YEAR, row.unit(), List.of(indicator), coverage,
							lastYear, CoverageRules.changePoints(coverage, lastYear)));
				}
			}
			List<Indicator> schemes = new ArrayList<>();
			if (row.bhytMissing()) {
				schemes.add(Indicator.BHYT);
			}
			if (row.bhxhMissing()) {
				schemes.add(Indicator.BHXH);
			}
			if (row.bhtnMissing()) {
				schemes.add(Indicator.BHTN);
			}
			if (!schemes.isEmpty()) {
				missing.add(new Warning(Warning.Kind.MISSING, row.unit(), List.copyOf(schemes), null, null, null));
			}
		}
		Comparator<Warning> biggestFirst = Comparator.comparing(Warning::changePoints);
		drops.sort(biggestFirst);
		belowLastYear.sort(biggestFirst);
		List<Warning> all = new ArrayList<>(drops);
		all.addAll(belowLastYear);
		all.addAll(missing);
		return List.copyOf(all);
	}
}
