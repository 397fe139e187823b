package vn.baophu.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.coverage.PaceCheck;
import vn.baophu.coverage.YearEndOutlook;
import vn.baophu.report.GapRow;
import vn.baophu.report.GapTable;
import vn.baophu.report.GapTableService;
import vn.baophu.shared.ComputedCache;
import vn.baophu.shared.DataVersion;
import vn.baophu.shared.Indicator;
import vn.baophu.unit.SubtreeSql;
import vn.baophu.unit.UnitFamily;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * Builds dashboards from the saved figures, each once per month and data version ({@link ComputedCache}).
 * The month's cards and the ranking are the gap
 * table's rows (so the numbers agree by construction); the trend, the pace and the outlook come from
 * two aggregates over the subtree for every month of this year and last year.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

	/** Kept dashboards, weighed by their units below (bench/README.md: the heap after the national run). */
	private static final int KEPT_UNITS = 2_500;

	private record Key(long unit, YearMonth period) {
	}

	private final GapTableService gapTables;
	private final UnitService units;
	private final DashboardQueries queries;
	private final vn.baophu.school.SchoolService schools;
	private final DashboardSettings settings;
	private final ComputedCache<Key, Dashboard> kept;

	public DashboardService(GapTableService gapTables, UnitService units, DashboardQueries queries,
			vn.baophu.school.SchoolService schools, DashboardSettings settings, DataVersion dataVersion,
			MeterRegistry meters) {
		this.gapTables = gapTables;
		this.units = units;
		this.queries = queries;
		this.schools = schools;
		this.settings = settings;
		this.kept = new ComputedCache<>("dashboards", dataVersion, KEPT_UNITS,
				dashboard -> dashboard.ranking().size() + 1, meters);
	}

	/** The month asked for, or the newest with figures when none is (the month a dashboard opens on). */
	public YearMonth period(UnitRef unit, @Nullable YearMonth asked) {
		return gapTables.period(unit, asked);
	}

	/**
	 * The dashboard of the unit with this code, if the user may see it (404, 403 as
	 * {@link UnitService#requireVisible(String, YearMonth, SignedInUser)}), in one read-only transaction.
	 */
	public Dashboard dashboard(String code, @Nullable YearMonth asked, SignedInUser user) {
		UnitFamily family = units.requireVisibleFamily(code, asked, user);
		YearMonth period = gapTables.period(family.unit(), asked);
		return kept.get(new Key(family.unit().id(), period),
				() -> dashboard(family.unit(), period, gapTables.gapTable(family, period)));
	}

	/** The dashboard of the month asked for, or of the newest month with figures when none is. */
	public Dashboard dashboard(UnitRef unit, @Nullable YearMonth asked) {
		YearMonth period = gapTables.period(unit, asked);
		return kept.get(new Key(unit.id(), period), () -> dashboard(unit, period, gapTables.gapTable(unit, period)));
	}

	private Dashboard dashboard(UnitRef unit, YearMonth period, GapTable table) {
		SubtreeHistory history = SubtreeHistory.load(queries, unit, period);
		int month = period.getMonthValue();
		SubtreeHistory.UnitHistory total = history.total();

		List<Card> cards = new ArrayList<>();
		List<Trend.Series> series = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			IndicatorResult result = GapRows.result(table.total(), indicator);
			cards.add(new Card(indicator, result, GapRows.reported(table.total(), indicator), table.total().leaves(),
					PaceCheck.of(month, total.thisYear(indicator), result.target(), settings.slightlyBehindBand()),
					YearEndOutlook.of(month, total.thisYear(indicator), total.lastYear(indicator), result.target(),
							result.remaining())));
			series.add(new Trend.Series(indicator, result.target(), total.thisYear(indicator).januaryToDecember(),
					total.lastYear(indicator).januaryToDecember(), total.participantsThisYear().get(indicator),
					total.participantsLastYear().get(indicator)));
		}

		// a leaf unit has no rows: its warnings are about itself
		boolean leaf = table.rows().isEmpty();
		List<GapRow> watched = leaf ? List.of(table.total()) : table.rows();
		List<String> keys = leaf ? List.of(SubtreeSql.TOTAL) : watched.stream().map(GapRows::key).toList();
		return new Dashboard(unit, table.lineage(), period, List.copyOf(cards), new Trend(period.getYear(), List.copyOf(series)),
				Ranking.of(table.rows(), history, month, settings), Warnings.of(watched, keys, history, month, settings),
				settings, schools.latestSchoolYear(unit).map(year -> schools.table(unit, table.lineage(), year)).orElse(null));
	}
}
