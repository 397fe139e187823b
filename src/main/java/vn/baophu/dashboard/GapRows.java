package vn.baophu.dashboard;

import vn.baophu.coverage.IndicatorResult;
import vn.baophu.report.GapRow;
import vn.baophu.shared.Indicator;

/** Reads one indicator out of a gap-table row. */
final class GapRows {

	private GapRows() {
	}

	static IndicatorResult result(GapRow row, Indicator indicator) {
		return switch (indicator) {
			case BHYT -> row.bhyt();
			case BHXH -> row.bhxh().total();
			case BHXH_TN -> row.bhxh().voluntaryPart();
			case BHTN -> row.bhtn();
		};
	}

	/** How many leaves reported the scheme (voluntary BHXH counts as BHXH). */
	static int reported(GapRow row, Indicator indicator) {
		return switch (indicator) {
			case BHYT -> row.bhytReported();
			case BHXH, BHXH_TN -> row.bhxhReported();
			case BHTN -> row.bhtnReported();
		};
	}

	/** The key of the row's unit in {@link SubtreeHistory}. */
	static String key(GapRow row) {
		return String.valueOf(row.unit().id());
	}
}
