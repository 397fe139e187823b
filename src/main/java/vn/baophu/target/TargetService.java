package vn.baophu.target;

import lombok.RequiredArgsConstructor;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.unit.UnitRef;

/**
 * Denominators and targets: read for checks, saved from imports (same key replaces) and from the
 * yearly grids (all or nothing, no lost updates).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TargetService {

	private final DenominatorRepository denominators;
	private final TargetRepository targets;
	private final DenominatorSheets denominatorSheets;
	private final TargetSheets targetSheets;

	/** One row per leaf unit, in the order given, with the year's saved denominators (if any). */
	public List<DenominatorRow> denominatorSheet(List<UnitRef> leaves, int year) {
		return denominatorSheets.read(leaves, year);
	}

	/**
	 * Saves the changed rows of a denominators grid in one transaction, or nothing when another user
	 * saved a changed row since the grid was opened (the outcome lists those conflicts).
	 *
	 * @throws IllegalArgumentException when an edit is for a unit that is not one of {@code leaves}
	 */
	@Transactional
	public SheetOutcome<DenominatorConflict> saveDenominatorSheet(List<UnitRef> leaves, int year,
			List<DenominatorEdit> edits) {
		return denominatorSheets.save(leaves, year, edits);
	}

	/** One row per unit, in the order given, with the year's targets (if any). */
	public List<TargetRow> targetSheet(List<UnitRef> units, int year) {
		return targetSheets.read(units, year);
	}

	/** Like {@link #saveDenominatorSheet}: the changed rows of a targets grid, all or nothing. */
	@Transactional
	public SheetOutcome<TargetConflict> saveTargetSheet(List<UnitRef> units, int year, List<TargetEdit> edits) {
		return targetSheets.save(units, year, edits);
	}

	/** The newest year with denominators for any of these units. */
	public Optional<Integer> latestDenominatorYear(Collection<Long> unitIds) {
		return unitIds.isEmpty() ? Optional.empty() : denominators.findLatestYear(unitIds);
	}

	/** The newest year with a target for any of these units. */
	public Optional<Integer> latestTargetYear(Collection<Long> unitIds) {
		return unitIds.isEmpty() ? Optional.empty() : targets.findLatestYear(unitIds);
	}

	public List<DenominatorValues> findDenominators(Collection<Long> unitIds, Collection<Integer> years) {
		if (unitIds.isEmpty() || years.isEmpty()) {
			return List.of();
		}
		return denominators.findByUnitIdInAndYearIn(unitIds, years).stream().map(Denominator::toValues).toList();
	}

	/** Saves every row; a row for a unit and year already saved replaces it. */
	@Transactional
	public int saveDenominators(List<DenominatorValues> rows) {
		Set<Long> unitIds = new HashSet<>();
		Set<Integer> years = new HashSet<>();
		rows.forEach(row -> {
			unitIds.add(row.unitId());
			years.add(row.year());
		});
		Map<String, Denominator> saved = denominators.findByUnitIdInAndYearIn(unitIds, years).stream()
				.collect(Collectors.toMap(d -> d.getUnitId() + "/" + d.getYear(), Function.identity()));
		for (DenominatorValues row : rows) {
			Denominator denominator = saved.computeIfAbsent(row.unitId() + "/" + row.year(),
					key -> denominators.save(new Denominator(row.unitId(), row.year())));
			denominator.replaceWith(row);
		}
		denominators.flush();
		return rows.size();
	}

	/** Saves every row; a row for a unit, year and indicator already saved replaces it. */
	@Transactional
	public int saveTargets(List<TargetValue> rows) {
		Set<Long> unitIds = new HashSet<>();
		Set<Integer> years = new HashSet<>();
		rows.forEach(row -> {
			unitIds.add(row.unitId());
			years.add(row.year());
		});
		Map<String, Target> saved = targets.findByUnitIdInAndYearIn(unitIds, years).stream()
				.collect(Collectors.toMap(t -> t.getUnitId() + "/" + t.getYear() + "/" + t.getIndicator(),
						Function.identity()));
		for (TargetValue row : rows) {
			Target target = saved.computeIfAbsent(row.unitId() + "/" + row.year() + "/" + row.indicator(),
					key -> targets.save(new Target(row.unitId(), row.year(), row.indicator(), row.rate())));
			target.replaceWith(row);
		}
		targets.flush();
		return rows.size();
	}
}
