package vn.baophu.dashboard;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.baophu.shared.Indicator;
import vn.baophu.unit.UnitRef;

/**
 * An early warning about a unit below the dashboard's unit (or the unit itself when it has none).
 *
 * @param kind what happened
 * @param indicators the indicator concerned; for {@link Kind#MISSING} the schemes without figures
 * (BHYT, BHXH, BHTN)
 * @param coverage coverage this month ({@code null} for {@link Kind#MISSING})
 * @param referenceCoverage last month's ({@link Kind#DROP}) or the same month last year's
 * ({@link Kind#BELOW_LAST_YEAR}) coverage
 * @param changePoints {@code coverage − referenceCoverage}, in percentage points (negative)
 */
public record Warning(Kind kind, UnitRef unit, List<Indicator> indicators, @Nullable BigDecimal coverage,
		@Nullable BigDecimal referenceCoverage, @Nullable BigDecimal changePoints) {

	public enum Kind {
		/** Coverage fell by more than the configured number of points since last month. */
		DROP,
		/** Coverage is below the same month of last year. */
		BELOW_LAST_YEAR,
		/** No figures (or not from every unit below) for the month. */
		MISSING
	}

	/** The (first) indicator concerned. */
	public Indicator indicator() {
		return indicators.get(0);
	}
}
