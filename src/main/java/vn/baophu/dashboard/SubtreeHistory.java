package vn.baophu.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.baophu.coverage.BhxhCounts;
import vn.baophu.coverage.CoverageRules;
import vn.baophu.coverage.CoverageYear;
import vn.baophu.coverage.Counts;
import vn.baophu.dashboard.DashboardQueries.Denominators;
import vn.baophu.dashboard.DashboardQueries.LeafDenominators;
import vn.baophu.dashboard.DashboardQueries.MonthSums;
import vn.baophu.shared.Indicator;
import vn.baophu.unit.SubtreeSql;
import vn.baophu.unit.UnitRef;

/**
 * Month-by-month coverage and participants of a unit and of each of its children, this year up to the
 * month shown and all of last year (each year with the December before it), computed by the coverage
 * core from the two aggregates of {@link DashboardQueries}.
 */
final class SubtreeHistory {

	private static final int MONTHS = 13;

	private final Map<String, UnitHistory> byKey;

	private SubtreeHistory(Map<String, UnitHistory> byKey) {
		this.byKey = byKey;
	}

	static SubtreeHistory load(DashboardQueries queries, UnitRef unit, YearMonth period) {
		int year = period.getYear();
		Map<String, LeafDenominators> denominators = queries.denominators(unit, period);
		Map<String, Integer> leaves = new HashMap<>();
		denominators.forEach((key, value) -> leaves.put(key, value.leaves()));
		Map<String, Map<YearMonth, MonthSums>> figures = queries.figures(unit, YearMonth.of(year - 2, 12), period,
				leaves);
		Map<String, UnitHistory> byKey = new HashMap<>();
		denominators.forEach((key, denominator) -> byKey.put(key,
				UnitHistory.of(year, denominator, figures.getOrDefault(key, Map.of()))));
		return new SubtreeHistory(byKey);
	}

	/** The history of a child (by its id), or of the whole unit ({@link SubtreeSql#TOTAL}). */
	UnitHistory of(String key) {
		return byKey.getOrDefault(key, UnitHistory.EMPTY);
	}

	UnitHistory total() {
		return of(SubtreeSql.TOTAL);
	}

	/** One subtree: coverage and participants per indicator, this year and last year. */
	record UnitHistory(Map<Indicator, CoverageYear> thisYear, Map<Indicator, CoverageYear> lastYear,
			Map<Indicator, List<@Nullable Long>> participantsThisYear,
			Map<Indicator, List<@Nullable Long>> participantsLastYear) {

		static final UnitHistory EMPTY = of(0, new LeafDenominators(0, Map.of()), Map.of());

		static UnitHistory of(int year, LeafDenominators denominators, Map<YearMonth, MonthSums> figures) {
			Map<Indicator, CoverageYear> thisYear = new EnumMap<>(Indicator.class);
			Map<Indicator, CoverageYear> lastYear = new EnumMap<>(Indicator.class);
			Map<Indicator, List<@Nullable Long>> participantsThisYear = new EnumMap<>(Indicator.class);
			Map<Indicator, List<@Nullable Long>> participantsLastYear = new EnumMap<>(Indicator.class);
			for (Indicator indicator : Indicator.values()) {
				Counts[] now = months(year, indicator, denominators, figures);
				Counts[] before = months(year - 1, indicator, denominators, figures);
				thisYear.put(indicator, coverageYear(now));
				lastYear.put(indicator, coverageYear(before));
				participantsThisYear.put(indicator, participants(now));
				participantsLastYear.put(indicator, participants(before));
			}
			return new UnitHistory(thisYear, lastYear, participantsThisYear, participantsLastYear);
		}

		CoverageYear thisYear(Indicator indicator) {
			return thisYear.get(indicator);
		}

		CoverageYear lastYear(Indicator indicator) {
			return lastYear.get(indicator);
		}

		/** Counts of months 0 (December of the year before, with that year's denominator) to 12. */
		private static Counts[] months(int year, Indicator indicator, LeafDenominators denominators,
				Map<YearMonth, MonthSums> figures) {
			Counts[] counts = new Counts[MONTHS];
			for (int month = 0; month < MONTHS; month++) {
				YearMonth period = YearMonth.of(year, 1).plusMonths(month - 1L);
				counts[month] = counts(indicator, denominators.of(period.getYear()),
						figures.getOrDefault(period, MonthSums.NONE));
			}
			return counts;
		}

		private static Counts counts(Indicator indicator, Denominators denominators, MonthSums sums) {
			return switch (indicator) {
				case BHYT -> new Counts(denominators.population(), sums.bhyt());
				case BHXH -> bhxh(denominators, sums).totalCounts();
				case BHXH_TN -> bhxh(denominators, sums).voluntaryCounts();
				case BHTN -> new Counts(denominators.labourForce(), sums.bhtn());
			};
		}

		private static BhxhCounts bhxh(Denominators denominators, MonthSums sums) {
			return new BhxhCounts(denominators.labourForce(), sums.bhxhCompulsory(), sums.bhxhVoluntary());
		}

		private static CoverageYear coverageYear(Counts[] counts) {
			BigDecimal[] coverage = new BigDecimal[MONTHS];
			for (int month = 0; month < MONTHS; month++) {
				coverage[month] = CoverageRules.coverage(counts[month].participants(), counts[month].denominator());
			}
			return new CoverageYear(Arrays.asList(coverage));
		}

		/** Participants of January to December. */
		private static List<@Nullable Long> participants(Counts[] counts) {
			List<@Nullable Long> participants = new ArrayList<>(MONTHS - 1);
			for (int month = 1; month < MONTHS; month++) {
				participants.add(counts[month].participants());
			}
			return participants;
		}
	}
}
