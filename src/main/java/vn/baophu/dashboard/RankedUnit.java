package vn.baophu.dashboard;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.coverage.PaceCheck;
import vn.baophu.shared.Indicator;
import vn.baophu.unit.UnitRef;

/** A unit directly below the dashboard's unit, with its gap-table row per indicator and its rank. */
public record RankedUnit(UnitRef unit, int leaves, Map<Indicator, Entry> indicators) {

	/**
	 * One indicator of the unit.
	 *
	 * @param result exactly the unit's row of the gap table
	 * @param rank 1 = highest achievement among the units below (ties share a rank); {@code null}
	 * without an achievement
	 * @param biggestDrop among the units with the biggest drops in coverage since last month
	 * @param lastYearCoverage coverage in the same month last year; {@code null} when missing
	 */
	public record Entry(IndicatorResult result, int reported, PaceCheck pace, @Nullable Integer rank,
			boolean biggestDrop, @Nullable BigDecimal lastYearCoverage) {
	}

	public Entry get(Indicator indicator) {
		return indicators.get(indicator);
	}

	/** The rank by BHYT achievement, the order of the ranking. */
	public @Nullable Integer rank() {
		return get(Indicator.BHYT).rank();
	}
}
