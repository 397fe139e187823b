package vn.baophu.dashboard;

import vn.baophu.coverage.IndicatorResult;
import vn.baophu.coverage.PaceCheck;
import vn.baophu.coverage.YearEndOutlook;
import vn.baophu.shared.Indicator;

/**
 * The headline of one indicator for the unit and month: the gap table's total row for that
 * indicator, how far behind the pace it is, and its year-end outlook.
 *
 * @param result coverage, target, achievement, remaining and changes, exactly as in the gap table
 * @param reported how many of the {@code leaves} below sent figures for this scheme and month
 */
public record Card(Indicator indicator, IndicatorResult result, int reported, int leaves, PaceCheck pace,
		YearEndOutlook outlook) {

	/** The month has no figures for this indicator (or not from every unit below). */
	public boolean missing() {
		return result.missing();
	}
}
