package vn.baophu.target;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import vn.baophu.shared.Indicator;

/** A target rate in percent (95.00 = 95 %) of one unit, year and indicator. */
public record TargetValue(long unitId, int year, Indicator indicator, BigDecimal rate, @Nullable String decision) {
}
