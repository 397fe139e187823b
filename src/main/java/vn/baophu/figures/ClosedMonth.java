package vn.baophu.figures;

import java.time.YearMonth;

/** A month closed for the subtree of the unit with this path. */
public record ClosedMonth(String unitPath, String unitCode, YearMonth period) {

	/** Whether a unit (by its path) lies in the closed subtree. */
	public boolean covers(String path) {
		return path.startsWith(unitPath);
	}
}
