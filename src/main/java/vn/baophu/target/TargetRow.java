package vn.baophu.target;

import java.util.Map;

import vn.baophu.shared.Indicator;
import vn.baophu.unit.UnitRef;

/**
 * One unit in the targets grid: its rates and decision, and the version of each indicator's saved
 * target ({@link DenominatorRow#NOT_SAVED} when none).
 */
public record TargetRow(UnitRef unit, RowTargets targets, Map<Indicator, Long> versions) {

	public TargetRow {
		versions = Map.copyOf(versions);
	}
}
