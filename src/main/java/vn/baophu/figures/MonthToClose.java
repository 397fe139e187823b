package vn.baophu.figures;

import java.time.YearMonth;

/**
 * A past month with figures in a unit's subtree that is not closed at the unit (or above): closing it
 * there is still to do. {@code leaves}: the leaf units that exist at the month's end; {@code reported}:
 * how many of them have all four counts.
 */
public record MonthToClose(String unitCode, String unitName, YearMonth period, int leaves, int reported) {
}
