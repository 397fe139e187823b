package vn.baophu.target;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A labour force derived as a share of population (PRODUCT.md: "a labour force may be derived as
 * a share of population"): {@code population × percent ÷ 100}, rounded half up to whole people.
 */
public final class LabourForceShare {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private LabourForceShare() {
	}

	public static long of(long population, BigDecimal percent) {
		return BigDecimal.valueOf(population).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
	}
}
