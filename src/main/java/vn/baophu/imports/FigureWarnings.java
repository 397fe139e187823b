package vn.baophu.imports;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.baophu.figures.EntrySettings;
import vn.baophu.figures.FiguresService;
import vn.baophu.figures.MonthlyCounts;
import vn.baophu.target.DenominatorValues;
import vn.baophu.target.TargetService;

/**
 * Doubtful figures that may still be right, so they warn without blocking: more participants than
 * the year's denominator (BHYT over population; BHXH bắt buộc + tự nguyện and BHTN over labour
 * force), and a count that moves by more than 10 % from the previous month (taken from the same
 * file when it has that month for the unit, else from the database).
 */
@Component
@RequiredArgsConstructor
class FigureWarnings {

	record FigureRow(int row, MonthlyCounts counts) {
	}

	private final TargetService targets;
	private final FiguresService figures;
	private final EntrySettings jumpRule;

	List<Issue> find(List<FigureRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<Long> unitIds = new HashSet<>();
		Set<Integer> years = new HashSet<>();
		Map<Key, MonthlyCounts> inFile = new HashMap<>();
		for (FigureRow row : rows) {
			MonthlyCounts counts = row.counts();
			unitIds.add(counts.unitId());
			years.add(counts.period().getYear());
			inFile.put(new Key(counts.unitId(), counts.period()), counts);
		}
		// Only the previous months the file does not hold itself come from the database (for a year's
		// file, the December before it).
		Set<Long> savedUnits = new HashSet<>();
		Set<YearMonth> savedPeriods = new HashSet<>();
		for (Key key : inFile.keySet()) {
			Key previous = key.previous();
			if (!inFile.containsKey(previous)) {
				savedUnits.add(previous.unitId());
				savedPeriods.add(previous.period());
			}
		}
		Map<YearKey, DenominatorValues> denominators = new HashMap<>();
		targets.findDenominators(unitIds, years).forEach(d -> denominators.put(new YearKey(d.unitId(), d.year()), d));
		Map<Key, MonthlyCounts> saved = new HashMap<>();
		figures.find(savedUnits, savedPeriods).forEach(f -> saved.put(new Key(f.unitId(), f.period()), f));

		List<Issue> warnings = new ArrayList<>();
		for (FigureRow row : rows) {
			MonthlyCounts counts = row.counts();
			DenominatorValues denominator = denominators.get(new YearKey(counts.unitId(), counts.period().getYear()));
			if (denominator != null) {
				aboveDenominator(warnings, row, denominator);
			}
			Key previousKey = new Key(counts.unitId(), counts.period()).previous();
			MonthlyCounts previous = inFile.containsKey(previousKey) ? inFile.get(previousKey) : saved.get(previousKey);
			if (previous != null) {
				jumps(warnings, row, previous);
			}
		}
		warnings.sort(Comparator.comparingInt(Issue::row));
		return warnings;
	}

	private static void aboveDenominator(List<Issue> warnings, FigureRow row, DenominatorValues denominator) {
		MonthlyCounts counts = row.counts();
		String year = String.valueOf(denominator.year());
		above(warnings, row.row(), "bhyt", counts.bhyt(), denominator.population(), "import.warning.abovePopulation", year);
		Long bhxh = counts.bhxhCompulsory() == null && counts.bhxhVoluntary() == null ? null
				: orZero(counts.bhxhCompulsory()) + orZero(counts.bhxhVoluntary());
		above(warnings, row.row(), "bhxh_bb+bhxh_tn", bhxh, denominator.labourForce(),
				"import.warning.aboveLabourForce", year);
		above(warnings, row.row(), "bhtn", counts.bhtn(), denominator.labourForce(), "import.warning.aboveLabourForce",
				year);
	}

	private static void above(List<Issue> warnings, int row, String field, @Nullable Long count,
			@Nullable Long denominator, String key, String year) {
		if (count != null && denominator != null && count > denominator) {
			warnings.add(Issue.of(row, field, key, count, year, denominator));
		}
	}

	private void jumps(List<Issue> warnings, FigureRow row, MonthlyCounts previous) {
		jump(warnings, row, "bhyt", previous, MonthlyCounts::bhyt);
		jump(warnings, row, "bhxh_bb", previous, MonthlyCounts::bhxhCompulsory);
		jump(warnings, row, "bhxh_tn", previous, MonthlyCounts::bhxhVoluntary);
		jump(warnings, row, "bhtn", previous, MonthlyCounts::bhtn);
	}

	private void jump(List<Issue> warnings, FigureRow row, String field, MonthlyCounts previous,
			Function<MonthlyCounts, @Nullable Long> count) {
		Long now = count.apply(row.counts());
		Long before = count.apply(previous);
		if (before != null && now != null && jumpRule.jumps(before, now)) {
			BigDecimal change = BigDecimal.valueOf(now - before);
			BigDecimal percent = change.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(before), 4,
					RoundingMode.HALF_UP);
			warnings.add(Issue.of(row.row(), field, "import.warning.jump", now, percent, previous.period(), before));
		}
	}

	private static long orZero(@Nullable Long value) {
		return value == null ? 0 : value;
	}

	private record YearKey(long unitId, int year) {
	}

	private record Key(long unitId, YearMonth period) {

		Key previous() {
			return new Key(unitId, period.minusMonths(1));
		}
	}
}
