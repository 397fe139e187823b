package vn.baophu.target;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Denominators and targets: read for checks, saved from imports (same key replaces). */
@Service
@Transactional(readOnly = true)
public class TargetService {

	private final DenominatorRepository denominators;
	private final TargetRepository targets;

	TargetService(DenominatorRepository denominators, TargetRepository targets) {
		this.denominators = denominators;
		this.targets = targets;
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
