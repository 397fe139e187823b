package vn.baophu.figures;

import java.time.YearMonth;

/** A write to a closed month: refused for everyone until the month is reopened. */
public class MonthClosedException extends RuntimeException {

	private final YearMonth period;

	public MonthClosedException(YearMonth period, String where) {
		super("Month " + period + " is closed for " + where);
		this.period = period;
	}

	public YearMonth period() {
		return period;
	}
}
