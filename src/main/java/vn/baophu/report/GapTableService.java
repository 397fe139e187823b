package vn.baophu.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.coverage.BhxhResult;
import vn.baophu.coverage.CoverageRules;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.coverage.TargetRate;
import vn.baophu.figures.FiguresService;
import vn.baophu.report.GapTableQueries.WeightedSum;
import vn.baophu.shared.ComputedCache;
import vn.baophu.shared.DataVersion;
import vn.baophu.shared.Indicator;
import vn.baophu.shared.VietnamTime;
import vn.baophu.unit.SubtreeSql;
import vn.baophu.unit.UnitFamily;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** Builds gap tables: sums from SQL over the subtree, every rate and gap from the coverage core. */
@Service
@Transactional(readOnly = true)
public class GapTableService {

	/** Kept tables, weighed by their rows (bench/README.md: the heap after the national run). */
	private static final int KEPT_ROWS = 5_000;

	private record Key(long unit, YearMonth period) {
	}

	private final UnitService units;
	private final FiguresService figures;
	private final GapTableQueries queries;
	private final Clock clock;
	private final ComputedCache<Key, GapTable> kept;

	public GapTableService(UnitService units, FiguresService figures, GapTableQueries queries, Clock clock,
			DataVersion dataVersion, MeterRegistry meters) {
		this.units = units;
		this.figures = figures;
		this.queries = queries;
		this.clock = clock;
		this.kept = new ComputedCache<>("gapTables", dataVersion, KEPT_ROWS, table -> table.rows().size() + 1, meters);
	}

	/**
	 * The month asked for, or when none is the month a gap table (and the pages beside it) opens on: the
	 * newest with figures.
	 */
	public YearMonth period(UnitRef unit, @Nullable YearMonth asked) {
		return asked != null ? asked
				: figures.latestPeriodUnder(unit.path()).orElseGet(() -> VietnamTime.thisMonth(clock));
	}

	/**
	 * The gap table of the unit with this code, if the user may see it (404, 403 as
	 * {@link UnitService#requireVisible(String, YearMonth, SignedInUser)}): the unit, its children and its
	 * breadcrumb are one statement, in the table's read-only transaction.
	 */
	public GapTable gapTable(String code, @Nullable YearMonth asked, SignedInUser user) {
		return gapTable(units.requireVisibleFamily(code, asked, user), asked);
	}

	/** The gap table of the month asked for, or of the newest month with figures when none is. */
	public GapTable gapTable(UnitRef unit, @Nullable YearMonth asked) {
		return gapTable(units.family(unit), asked);
	}

	/**
	 * The gap table of the unit of this family (see {@link #gapTable(UnitRef, YearMonth)}), computed
	 * once per month and data version ({@link ComputedCache}).
	 */
	public GapTable gapTable(UnitFamily family, @Nullable YearMonth asked) {
		YearMonth period = period(family.unit(), asked);
		return kept.get(new Key(family.unit().id(), period), () -> compute(family, period));
	}

	private GapTable compute(UnitFamily family, YearMonth period) {
		UnitRef unit = family.unit();
		int year = period.getYear();
		// A unit merged or dissolved by the end of the month, or formed later, is not a row that month.
		List<UnitRef> children = family.children(period);
		Map<String, SubtreeSums> sums = queries.sums(unit, period);
		Map<Long, Map<Indicator, BigDecimal>> ownTargets = queries.ownTargets(unit, year);
		Map<Long, List<UnitRef>> predecessors = units.predecessors(family.formedAmong(children));
		Map<Long, Map<Indicator, BigDecimal>> inherited = predecessors.isEmpty() ? Map.of()
				: queries.targetsOfPredecessors(unit, year);
		// Only a child's missing target is derived from below; the unit's own comes from its rows' targets.
		boolean anyChildWithoutTargets = children.stream()
			.anyMatch(child -> ownTargets.getOrDefault(child.id(), Map.of()).size() < Indicator.values().length);
		Map<String, Map<Indicator, WeightedSum>> below = anyChildWithoutTargets
				? queries.targetsBelowChildren(unit, year) : Map.of();

		List<GapRow> rows = new ArrayList<>();
		TargetWeights totalWeights = new TargetWeights();
		for (UnitRef child : children) {
			String key = String.valueOf(child.id());
			SubtreeSums childSums = sums.get(key);
			Targets targets = Targets.resolve(ownTargets.get(child.id()), inherited.get(child.id()), below.get(key));
			totalWeights.add(targets, childSums);
			rows.add(row(child, childSums, period, targets, predecessors.getOrDefault(child.id(), List.of())));
		}
		SubtreeSums totalSums = sums.get(SubtreeSql.TOTAL);
		Targets totalTargets = Targets.resolve(ownTargets.get(unit.id()), inherited.get(unit.id()), null)
			.orDerived(totalWeights);
		GapRow total = row(unit, totalSums, period, totalTargets, predecessors.getOrDefault(unit.id(), List.of()));
		return new GapTable(unit, family.lineage(), period, rows, total, positiveGaps(rows));
	}

	private static GapRow row(UnitRef unit, @Nullable SubtreeSums sums, YearMonth period, Targets targets,
			List<UnitRef> predecessors) {
		if (sums == null) {
			// A unit with no leaves at all: nothing is entered below it.
			sums = SubtreeSums.empty();
		}
		boolean january = period.getMonthValue() == 1;
		SubtreeSums.Denominators previousDenominators = january ? sums.lastYear() : sums.thisYear();
		IndicatorResult bhyt = CoverageRules.indicator(sums.bhyt(sums.now(), sums.thisYear()),
				sums.bhyt(sums.previousMonth(), previousDenominators),
				sums.bhyt(sums.lastDecember(), sums.lastYear()), targets.get(Indicator.BHYT));
		BhxhResult bhxh = BhxhResult.of(sums.bhxh(sums.now(), sums.thisYear()),
				sums.bhxh(sums.previousMonth(), previousDenominators), sums.bhxh(sums.lastDecember(), sums.lastYear()),
				targets.get(Indicator.BHXH), targets.get(Indicator.BHXH_TN));
		IndicatorResult bhtn = CoverageRules.indicator(sums.bhtn(sums.now(), sums.thisYear()),
				sums.bhtn(sums.previousMonth(), previousDenominators),
				sums.bhtn(sums.lastDecember(), sums.lastYear()), targets.get(Indicator.BHTN));
		SubtreeSums.Participants now = sums.now();
		return new GapRow(unit, sums.leaves(), now.bhytReported(), now.bhxhReported(), now.bhtnReported(), bhyt,
				bhxh, bhtn, sums.fromPredecessors(), predecessors);
	}

	private static GapTable.PositiveGaps positiveGaps(List<GapRow> rows) {
		return new GapTable.PositiveGaps(
				CoverageRules.sumOfPositiveGaps(rows.stream().map(r -> r.bhyt().remaining()).toList()),
				CoverageRules.sumOfPositiveGaps(rows.stream().map(r -> r.bhxh().total().remaining()).toList()),
				CoverageRules.sumOfPositiveGaps(rows.stream().map(r -> r.bhxh().remainingCompulsory()).toList()),
				CoverageRules.sumOfPositiveGaps(rows.stream().map(r -> r.bhxh().voluntaryPart().remaining()).toList()),
				CoverageRules.sumOfPositiveGaps(rows.stream().map(r -> r.bhtn().remaining()).toList()));
	}
}
