package vn.baophu.timeliness;

import java.time.YearMonth;
import java.util.List;

import vn.baophu.unit.UnitRef;

/**
 * Reporting timeliness of a unit's subtree for a month: a row per child and the total, then every leaf;
 * {@code rule} is the rule that applies to the unit itself (leaves under another province's rule keep
 * theirs).
 */
public record Timeliness(UnitRef unit, YearMonth period, EffectiveRule rule, List<TimelinessRow> rows,
		TimelinessRow total, List<LeafTimeliness> leaves) {
}
