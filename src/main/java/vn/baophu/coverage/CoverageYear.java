package vn.baophu.coverage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Coverage of one unit and one indicator month by month through a year, the input of the pace check
 * ({@link PaceCheck}) and the year-end outlook ({@link YearEndOutlook}). Month 0 is December of the
 * year before (computed with that year's denominator), months 1 to 12 are the year's own. Percentages,
 * unrounded; a month without figures is {@code null}, never zero.
 *
 * @param months 13 entries, index = month (0 = December of the year before)
 */
public record CoverageYear(List<@Nullable BigDecimal> months) {

	/** December, the last month of the year. */
	public static final int DECEMBER = 12;

	private static final int SIZE = 13;

	public CoverageYear {
		if (months.size() != SIZE) {
			throw new IllegalArgumentException("a coverage year has 13 months (0 = December before), not " + months.size());
		}
		months = Collections.unmodifiableList(new ArrayList<>(months));
	}

	/** No figures at all. */
	public static CoverageYear empty() {
		return new CoverageYear(Arrays.asList(new BigDecimal[SIZE]));
	}

	/**
	 * December of the year before and the year's first months in order (January first); the months
	 * not given are missing.
	 */
	public static CoverageYear of(@Nullable BigDecimal previousDecember, @Nullable BigDecimal... firstMonths) {
		if (firstMonths.length > DECEMBER) {
			throw new IllegalArgumentException("more than 12 months: " + firstMonths.length);
		}
		BigDecimal[] all = new BigDecimal[SIZE];
		all[0] = previousDecember;
		System.arraycopy(firstMonths, 0, all, 1, firstMonths.length);
		return new CoverageYear(Arrays.asList(all));
	}

	/** Coverage at the end of {@code month} (0 = December of the year before), {@code null} = missing. */
	public @Nullable BigDecimal at(int month) {
		if (month < 0 || month > DECEMBER) {
			throw new IllegalArgumentException("month must be 0..12: " + month);
		}
		return months.get(month);
	}

	/** Months 1 to 12 (January first), {@code null} where missing: a series for a chart. */
	public List<@Nullable BigDecimal> januaryToDecember() {
		return months.subList(1, SIZE);
	}

	/**
	 * The month a pace up to {@code month} is measured from: December of the year before (0) when it has
	 * figures, else the first month of the year with figures, at most {@code month}.
	 *
	 * @return {@code -1} when no month up to {@code month} has figures
	 */
	public int baseline(int month) {
		for (int m = 0; m <= month; m++) {
			if (at(m) != null) {
				return m;
			}
		}
		return -1;
	}
}
