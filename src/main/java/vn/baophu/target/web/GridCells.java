package vn.baophu.target.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;
import vn.baophu.shared.VietnameseNumbers;

/**
 * Reads the text cells of one grid row, rejecting a bad cell with a message that names the row
 * number, the unit and the column ({@code target.error.*}: {0} row, {1} unit, {2} column, {3} value).
 * Every reader returns null for an empty cell and for a bad one.
 */
final class GridCells {

	static final int TEXT_LENGTH = 500;

	/** Rates are stored with four decimals (numeric(7, 4)). */
	static final int RATE_SCALE = 4;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Errors errors;
	private final String path;
	private final int number;
	private final String unitName;

	GridCells(Errors errors, int index, String unitName) {
		this.errors = errors;
		this.path = "rows[" + index + "].";
		this.number = index + 1;
		this.unitName = unitName;
	}

	/** A whole, non-negative number of people: 148806, 148.806 or 148 806. */
	@Nullable Long count(String field, String label, @Nullable String text) {
		String value = trimmed(text);
		if (value == null) {
			return null;
		}
		try {
			long count = VietnameseNumbers.parseCount(value);
			if (count >= 0) {
				return count;
			}
			reject(field, label, "target.error.negative", value);
		}
		catch (NumberFormatException ex) {
			BigDecimal decimal = decimal(value);
			reject(field, label, decimal == null ? "target.error.notNumber"
					: decimal.signum() < 0 ? "target.error.negative" : "target.error.notWhole", value);
		}
		return null;
	}

	/** A rate in percent from 0 to 100 with at most four decimals: 95, 95.00, 95,00 or 95,00%. */
	@Nullable BigDecimal rate(String field, String label, @Nullable String text) {
		String value = trimmed(text);
		if (value == null) {
			return null;
		}
		BigDecimal rate = decimal(value);
		if (rate == null) {
			reject(field, label, "target.error.notNumber", value);
		}
		else if (rate.signum() < 0) {
			reject(field, label, "target.error.negative", value);
		}
		else if (rate.compareTo(HUNDRED) > 0) {
			reject(field, label, "target.error.rateAbove100", value);
		}
		else if (rate.stripTrailingZeros().scale() > RATE_SCALE) {
			reject(field, label, "target.error.rateScale", value);
		}
		else {
			return rate;
		}
		return null;
	}

	/** Free text up to {@link #TEXT_LENGTH} characters. */
	@Nullable String text(String field, String label, @Nullable String text) {
		String value = trimmed(text);
		if (value != null && value.length() > TEXT_LENGTH) {
			reject(field, label, "target.error.tooLong", String.valueOf(TEXT_LENGTH));
			return null;
		}
		return value;
	}

	/** The cell's text, or null when it is empty. */
	static @Nullable String trimmed(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static @Nullable BigDecimal decimal(String value) {
		try {
			return VietnameseNumbers.parseRate(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Denominators that a territory can have: population and labour force above zero, and the labour
	 * force not above the population (the cells already read, or null).
	 */
	void checkDenominators(String populationField, String populationLabel, @Nullable Long population,
			String labourForceField, String labourForceLabel, @Nullable Long labourForce) {
		if (population != null && population == 0) {
			reject(populationField, populationLabel, "target.error.notPositive", "0");
		}
		if (labourForce != null && labourForce == 0) {
			reject(labourForceField, labourForceLabel, "target.error.notPositive", "0");
		}
		else if (population != null && labourForce != null && population > 0 && labourForce > population) {
			reject(labourForceField, labourForceLabel, "target.error.labourForceAbovePopulation",
					String.valueOf(labourForce));
		}
	}

	private void reject(String field, String label, String code, String value) {
		Object[] args = { number, unitName, new DefaultMessageSourceResolvable(label), value };
		errors.rejectValue(path + field, code, args, code);
	}
}
