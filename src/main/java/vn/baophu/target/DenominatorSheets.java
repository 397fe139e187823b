package vn.baophu.target;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.baophu.unit.UnitRef;

/**
 * The denominators grid of the leaf units under a unit for one year: read in one query, saved all
 * or nothing. A row someone else saved since the grid was opened (its version moved on) and that
 * this user changed too is a conflict, and then nothing is saved.
 */
@Component
@RequiredArgsConstructor
class DenominatorSheets {

	private final DenominatorRepository denominators;

	List<DenominatorRow> read(List<UnitRef> leaves, int year) {
		Map<Long, Denominator> saved = find(leaves.stream().map(UnitRef::id).toList(), year);
		return leaves.stream().map(leaf -> {
			Denominator denominator = saved.get(leaf.id());
			return denominator == null
					? new DenominatorRow(leaf, empty(leaf.id(), year), DenominatorRow.NOT_SAVED)
					: new DenominatorRow(leaf, denominator.toValues(), denominator.getVersion());
		}).toList();
	}

	SheetOutcome<DenominatorConflict> save(List<UnitRef> leaves, int year, List<DenominatorEdit> edits) {
		Map<Long, UnitRef> allowed = leaves.stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
		for (DenominatorEdit edit : edits) {
			if (!allowed.containsKey(edit.unitId()) || edit.submitted().year() != year) {
				throw new IllegalArgumentException("Not a leaf of this grid: " + edit.unitId() + "/" + edit.submitted().year());
			}
		}
		List<DenominatorEdit> changed = edits.stream().filter(DenominatorEdit::changed).toList();
		Map<Long, Denominator> saved = find(changed.stream().map(DenominatorEdit::unitId).toList(), year);
		List<DenominatorConflict> conflicts = new ArrayList<>();
		for (DenominatorEdit edit : changed) {
			Denominator current = saved.get(edit.unitId());
			long version = current == null ? DenominatorRow.NOT_SAVED : current.getVersion();
			DenominatorValues theirs = current == null ? empty(edit.unitId(), year) : current.toValues();
			if (version != edit.version() && !theirs.equals(edit.submitted())) {
				conflicts.add(new DenominatorConflict(allowed.get(edit.unitId()), theirs, edit.submitted(), version));
			}
		}
		if (!conflicts.isEmpty()) {
			return SheetOutcome.refused(conflicts);
		}
		for (DenominatorEdit edit : changed) {
			saved.computeIfAbsent(edit.unitId(), id -> denominators.save(new Denominator(id, year)))
				.replaceWith(edit.submitted());
		}
		// Hibernate checks each row's version in the update: a save committed meanwhile fails here.
		denominators.flush();
		return SheetOutcome.saved(changed.size());
	}

	private static DenominatorValues empty(long unitId, int year) {
		return new DenominatorValues(unitId, year, null, null, null);
	}

	private Map<Long, Denominator> find(List<Long> unitIds, int year) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		return denominators.findByUnitIdInAndYearIn(unitIds, List.of(year)).stream()
			.collect(Collectors.toMap(Denominator::getUnitId, Function.identity()));
	}
}
