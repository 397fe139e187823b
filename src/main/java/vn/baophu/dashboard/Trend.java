package vn.baophu.dashboard;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.baophu.coverage.TargetRate;
import vn.baophu.shared.Indicator;

/**
 * Coverage of the unit month by month, this year (up to the month shown) and last year, per
 * indicator; a month without figures is {@code null}, never zero.
 *
 * @param year this year
 */
public record Trend(int year, List<Series> series) {

	/**
	 * One indicator: twelve entries each (January first).
	 *
	 * @param target this year's target (own or derived), the flat line of the chart
	 */
	public record Series(Indicator indicator, @Nullable TargetRate target, List<@Nullable BigDecimal> thisYear,
			List<@Nullable BigDecimal> lastYear, List<@Nullable Long> participantsThisYear,
			List<@Nullable Long> participantsLastYear) {

		/** Some month of this year or last year has figures: there is a line to draw. */
		public boolean hasFigures() {
			return thisYear.stream().anyMatch(value -> value != null) || lastYear.stream().anyMatch(value -> value != null);
		}
	}

	public int lastYear() {
		return year - 1;
	}

	/** The year as a label (a message argument would group its digits: 2.023). */
	public String yearLabel() {
		return String.valueOf(year);
	}

	public String lastYearLabel() {
		return String.valueOf(lastYear());
	}

	/** BHYT, the series the print view charts. */
	public Series bhyt() {
		return of(Indicator.BHYT);
	}

	public Series of(Indicator indicator) {
		return series.stream().filter(s -> s.indicator() == indicator).findFirst().orElseThrow();
	}
}
