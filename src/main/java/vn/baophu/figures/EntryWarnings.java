package vn.baophu.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The checks a changed figure must pass or be confirmed: the jump since last month, the denominator. */
final class EntryWarnings {

	private final BigDecimal jumpThreshold;

	EntryWarnings(BigDecimal jumpThreshold) {
		this.jumpThreshold = jumpThreshold;
	}

	List<EntryWarning> check(Map<Long, EntryRow> rows, Map<Long, Values> changed) {
		List<EntryWarning> warnings = new ArrayList<>();
		changed.forEach((unitId, values) -> {
			EntryRow row = rows.get(unitId);
			for (Scheme scheme : Scheme.values()) {
				Long value = values.get(scheme);
				if (value == null || values.sameAs(row.current(), scheme)) {
					continue;
				}
				Long previous = row.previous().get(scheme);
				if (jumps(previous, value)) {
					warnings.add(new EntryWarning(unitId, row.name(), scheme, EntryWarning.Kind.JUMP, value, previous,
							null));
				}
				Long denominator = row.denominator(scheme);
				long compared = scheme == Scheme.BHXH_COMPULSORY || scheme == Scheme.BHXH_VOLUNTARY
						? orZero(values.bhxhCompulsory()) + orZero(values.bhxhVoluntary()) : value;
				if (denominator != null && compared > denominator) {
					warnings.add(new EntryWarning(unitId, row.name(), scheme, EntryWarning.Kind.ABOVE_DENOMINATOR,
							value, previous, denominator));
				}
			}
		});
		return warnings;
	}

	/** |value − previous| > threshold × previous; from zero any rise counts. */
	private boolean jumps(@Nullable Long previous, long value) {
		if (previous == null) {
			return false;
		}
		BigDecimal change = BigDecimal.valueOf(Math.abs(value - previous));
		return change.compareTo(jumpThreshold.multiply(BigDecimal.valueOf(previous))) > 0;
	}

	private static long orZero(@Nullable Long value) {
		return value == null ? 0 : value;
	}
}
