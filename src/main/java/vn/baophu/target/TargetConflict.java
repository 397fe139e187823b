package vn.baophu.target;

import java.util.Map;

import vn.baophu.shared.Indicator;
import vn.baophu.unit.UnitRef;

/** A row someone else saved since the grid was opened, that this user changed too. */
public record TargetConflict(UnitRef unit, RowTargets theirs, RowTargets mine, Map<Indicator, Long> theirVersions) {

	public TargetConflict {
		theirVersions = Map.copyOf(theirVersions);
	}
}
