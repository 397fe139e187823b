package vn.baophu.figures;

import java.time.YearMonth;

/** One leaf unit's month about to be written. */
record UnitMonth(long unitId, YearMonth period) {
}
