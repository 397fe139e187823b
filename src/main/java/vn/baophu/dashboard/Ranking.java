package vn.baophu.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.coverage.PaceCheck;
import vn.baophu.report.GapRow;
import vn.baophu.shared.Indicator;

/**
 * Ranks the children rows of a gap table by achievement, per indicator, and marks the biggest drops
 * in coverage since last month.
 */
final class Ranking {

	private Ranking() {
	}

	static List<RankedUnit> of(List<GapRow> rows, SubtreeHistory history, int month, DashboardSettings settings) {
		Map<Indicator, Set<Long>> drops = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			drops.put(indicator, biggestDrops(rows, indicator, settings.biggestDrops()));
		}
		List<RankedUnit> ranked = new ArrayList<>();
		for (GapRow row : rows) {
			SubtreeHistory.UnitHistory unitHistory = history.of(GapRows.key(row));
			Map<Indicator, RankedUnit.Entry> entries = new EnumMap<>(Indicator.class);
			for (Indicator indicator : Indicator.values()) {
				IndicatorResult result = GapRows.result(row, indicator);
				entries.put(indicator, new RankedUnit.Entry(result, GapRows.reported(row, indicator),
						PaceCheck.of(month, unitHistory.thisYear(indicator), result.target(), settings.slightlyBehindBand()),
						rank(rows, indicator, result.achievement()), drops.get(indicator).contains(row.unit().id()),
						unitHistory.lastYear(indicator).at(month)));
			}
			ranked.add(new RankedUnit(row.unit(), row.leaves(), entries));
		}
		ranked.sort(Comparator.comparing((RankedUnit unit) -> unit.get(Indicator.BHYT).rank(),
				Comparator.nullsLast(Comparator.naturalOrder())));
		return List.copyOf(ranked);
	}

	/** 1 + the number of rows with a strictly higher achievement (ties share a rank). */
	private static @Nullable Integer rank(List<GapRow> rows, Indicator indicator, @Nullable BigDecimal achievement) {
		if (achievement == null) {
			return null;
		}
		int higher = 0;
		for (GapRow row : rows) {
			BigDecimal other = GapRows.result(row, indicator).achievement();
			if (other != null && other.compareTo(achievement) > 0) {
				higher++;
			}
		}
		return higher + 1;
	}

	/** The ids of up to {@code count} rows whose coverage fell most since last month (falls only). */
	private static Set<Long> biggestDrops(List<GapRow> rows, Indicator indicator, int count) {
		Set<Long> ids = new HashSet<>();
		rows.stream()
			.filter(row -> {
				BigDecimal change = GapRows.result(row, indicator).changePoints();
				return change != null && change.signum() < 0;
			})
			.sorted(Comparator.comparing(row -> GapRows.result(row, indicator).changePoints()))
			.limit(count)
			.forEach(row -> ids.add(row.unit().id()));
		return ids;
	}
}
