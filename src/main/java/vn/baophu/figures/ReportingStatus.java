package vn.baophu.figures;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who reported a month in a subtree: the leaf units that exist at the month's end ({@code leaves}), how
 * many of them have all four counts ({@code reported}), and the first of those that have not, by code
 * ({@code missing}; {@link #notListed()} more were left out of the list).
 */
public record ReportingStatus(YearMonth period, int leaves, int reported, List<Missing> missing) {

	/**
	 * A leaf that has not reported the month (no figures, or not all four counts), with its parent;
	 * {@code gridCode}: the unit whose entry grid has the leaf's row (its parent; the leaf itself when the
	 * parent lies outside the subtree asked about).
	 */
	public record Missing(String code, String name, @Nullable String parentName, String gridCode) {
	}

	/** Every leaf that exists in the month has reported (false when there is none). */
	public boolean complete() {
		return leaves > 0 && reported == leaves;
	}

	/** Leaves that have not reported and are not in {@link #missing()}. */
	public int notListed() {
		return leaves - reported - missing.size();
	}
}
