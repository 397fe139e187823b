package vn.baophu.target;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.baophu.shared.Indicator;
import vn.baophu.unit.UnitRef;

/**
 * The targets grid (a unit and its children × the four indicators) for one year: read in one
 * query, saved all or nothing, with the same conflict rule as the denominators grid.
 */
@Component
@RequiredArgsConstructor
class TargetSheets {

	private final TargetRepository targets;

	List<TargetRow> read(List<UnitRef> units, int year) {
		Map<Long, Map<Indicator, Target>> saved = find(units.stream().map(UnitRef::id).toList(), year);
		return units.stream().map(unit -> {
			Map<Indicator, Target> row = saved.getOrDefault(unit.id(), Map.of());
			return new TargetRow(unit, RowTargets.of(row), versions(row));
		}).toList();
	}

	SheetOutcome<TargetConflict> save(List<UnitRef> units, int year, List<TargetEdit> edits) {
		Map<Long, UnitRef> allowed = units.stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
		edits.stream().filter(edit -> !allowed.containsKey(edit.unitId())).findAny().ifPresent(edit -> {
			throw new IllegalArgumentException("Not a unit of this grid: " + edit.unitId());
		});
		List<TargetEdit> changed = edits.stream().filter(TargetEdit::changed).toList();
		Map<Long, Map<Indicator, Target>> saved = find(changed.stream().map(TargetEdit::unitId).toList(), year);
		List<TargetConflict> conflicts = new ArrayList<>();
		for (TargetEdit edit : changed) {
			Map<Indicator, Target> current = saved.getOrDefault(edit.unitId(), Map.of());
			Map<Indicator, Long> versions = versions(current);
			boolean stale = versions.entrySet().stream().anyMatch(v -> v.getValue() != edit.version(v.getKey()));
			RowTargets theirs = RowTargets.of(current);
			if (stale && !theirs.sameAs(edit.submitted())) {
				conflicts.add(new TargetConflict(allowed.get(edit.unitId()), theirs, edit.submitted(), versions));
			}
		}
		if (!conflicts.isEmpty()) {
			return SheetOutcome.refused(conflicts);
		}
		for (TargetEdit edit : changed) {
			apply(edit, year, saved.getOrDefault(edit.unitId(), Map.of()));
		}
		// Hibernate checks each target's version in the update: a save committed meanwhile fails here.
		targets.flush();
		return SheetOutcome.saved(changed.size());
	}

	/** An empty rate removes the indicator's target; the row's decision goes on each target it keeps. */
	private void apply(TargetEdit edit, int year, Map<Indicator, Target> current) {
		RowTargets submitted = edit.submitted();
		for (Indicator indicator : Indicator.values()) {
			BigDecimal rate = submitted.rate(indicator);
			Target target = current.get(indicator);
			if (rate == null) {
				if (target != null) {
					targets.delete(target);
				}
				continue;
			}
			if (target == null) {
				target = targets.save(new Target(edit.unitId(), year, indicator, rate));
			}
			target.replaceWith(new TargetValue(edit.unitId(), year, indicator, rate, submitted.decision()));
		}
	}

	private static Map<Indicator, Long> versions(Map<Indicator, Target> row) {
		Map<Indicator, Long> versions = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			Target target = row.get(indicator);
			versions.put(indicator, target == null ? DenominatorRow.NOT_SAVED : target.getVersion());
		}
		return versions;
	}

	private Map<Long, Map<Indicator, Target>> find(List<Long> unitIds, int year) {
		Map<Long, Map<Indicator, Target>> byUnit = new HashMap<>();
		if (!unitIds.isEmpty()) {
			targets.findByUnitIdInAndYearIn(unitIds, List.of(year)).forEach(target -> byUnit
				.computeIfAbsent(target.getUnitId(), id -> new EnumMap<>(Indicator.class))
				.put(target.getIndicator(), target));
		}
		return byUnit;
	}
}
