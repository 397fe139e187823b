package vn.baophu.shared;

import java.util.Locale;
import java.util.Optional;

/** The indicators a target rate is set for; the names are the codes used in imports. */
public enum Indicator {
	/** Health insurance, over population. */
	BHYT,
	/** Social insurance total (bắt buộc + tự nguyện), over labour force. */
	BHXH,
	/** Voluntary social insurance (tự nguyện), over labour force. */
	BHXH_TN,
	/** Unemployment insurance, over labour force. */
	BHTN;

	public static Optional<Indicator> fromCode(String code) {
		String normalized = code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (Indicator indicator : values()) {
			if (indicator.name().equals(normalized)) {
				return Optional.of(indicator);
			}
		}
		return Optional.empty();
	}

	public boolean overPopulation() {
		return this == BHYT;
	}
}
