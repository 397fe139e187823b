package vn.baophu.deadline;

import java.util.Locale;

/** How often a deadline comes back; the lower-case name is the code of the CSV files ({@code none}…). */
public enum Recurrence {
	NONE, WEEKLY, MONTHLY, QUARTERLY, YEARLY;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
