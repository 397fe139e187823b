package vn.baophu.figures;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.YearMonth;
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

/** Monthly participant counts of leaf units. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class FiguresService {

	private final MonthlyFiguresRepository figures;
	private final MonthStatusService months;
	private final FirstCompletions completions;

	public List<MonthlyCounts> find(Collection<Long> unitIds, Collection<YearMonth> periods) {
		if (unitIds.isEmpty() || periods.isEmpty()) {
			return List.of();
		}
		return figures.findByUnitIdInAndPeriodIn(unitIds, firstDays(periods)).stream()
			.map(MonthlyFigures::toCounts)
			.toList();
	}

	/**
	 * Every leaf of the subtree whose path is given that exists in the month (by code), with whether its
	 * figures of the month are complete and when they first were, by the audit trail.
	 */
	public List<LeafCompletion> firstCompletedUnder(String unitPath, YearMonth period) {
		return completions.under(unitPath, period);
	}

	/** The newest month with any figure in the subtree whose path is given. */
	public Optional<YearMonth> latestPeriodUnder(String unitPath) {
		return figures.findLatestPeriodUnder(unitPath).map(YearMonth::from);
	}

	/**
	 * Saves every row; a row for a unit and month already saved is replaced (empty cells included).
	 * Refused with {@link MonthClosedException}, nothing saved, when any row's month is closed for its unit.
	 */
	@Transactional
	public int save(List<MonthlyCounts> rows, String user) {
		months.checkOpen(rows.stream().map(row -> new UnitMonth(row.unitId(), row.period())).toList());
		Set<Long> unitIds = new HashSet<>();
		Set<YearMonth> periods = new HashSet<>();
		rows.forEach(row -> {
			unitIds.add(row.unitId());
			periods.add(row.period());
		});
		Map<String, MonthlyFigures> saved = figures.findByUnitIdInAndPeriodIn(unitIds, firstDays(periods)).stream()
				.collect(Collectors.toMap(f -> f.getUnitId() + "/" + YearMonth.from(f.getPeriod()), Function.identity()));
		for (MonthlyCounts row : rows) {
			MonthlyFigures entry = saved.get(row.unitId() + "/" + row.period());
			if (entry == null) {
				entry = new MonthlyFigures(row.unitId(), row.period());
				entry.replaceWith(row, user);
				figures.save(entry);
				saved.put(row.unitId() + "/" + row.period(), entry);
			}
			else {
				entry.replaceWith(row, user);
			}
		}
		// Flushed here so that SQL read models in the same transaction see the rows.
		figures.flush();
		return rows.size();
	}

	private static List<LocalDate> firstDays(Collection<YearMonth> periods) {
		return periods.stream().map(period -> period.atDay(1)).toList();
	}
}
