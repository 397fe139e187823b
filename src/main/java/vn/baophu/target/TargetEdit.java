package vn.baophu.target;

import java.util.Map;

import vn.baophu.shared.Indicator;

/**
 * One targets grid row as submitted: the versions and values shown when the grid was opened, and
 * the values now. An empty rate removes that indicator's target.
 */
public record TargetEdit(long unitId, Map<Indicator, Long> versions, RowTargets original, RowTargets submitted) {

	public TargetEdit {
		versions = Map.copyOf(versions);
	}

	public boolean changed() {
		return !original.sameAs(submitted);
	}

	long version(Indicator indicator) {
		return versions.getOrDefault(indicator, DenominatorRow.NOT_SAVED);
	}
}
