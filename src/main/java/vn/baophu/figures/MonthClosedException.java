package vn.baophu.figures;

import java.time.YearMonth;

/** A write to a closed month: refused for everyone until the month is reopened. */
public class MonthClosedException extends RuntimeException {

	private final YearMonth period;
	private final String closedAt;

	public MonthClosedException(YearMonth period, String closedAt) {
		super("Month " + period + " is closed for " + closedAt);
		this.period = period;
		this.closedAt = closedAt;
	}

	/** The name of the unit where the month was closed (the written unit or one above it). */
	public String closedAt() {
		return closedAt;
	}

	public YearMonth period() {
		return period;
	}
}
