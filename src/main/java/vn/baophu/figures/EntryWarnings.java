package vn.baophu.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The checks a changed figure must pass or be confirmed: the jump since last month, the denominator. */
final class EntryWarnings {

	private final EntrySettings settings;

	EntryWarnings(EntrySettings settings) {
		this.settings = settings;
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
				if (settings.jumps(previous, value)) {
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


	private static long orZero(@Nullable Long value) {
		return value == null ? 0 : value;
	}
}
