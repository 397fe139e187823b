package vn.baophu.allocation;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.baophu.figures.FiguresService;
import vn.baophu.report.GapRow;
import vn.baophu.report.GapTable;
import vn.baophu.report.GapTableService;
import vn.baophu.task.AllocatedTask;
import vn.baophu.task.AllocationMeasure;
import vn.baophu.task.AllocationProgress;
import vn.baophu.task.SchemeCounts;
import vn.baophu.task.SchemeProgress;
import vn.baophu.unit.UnitService;

/**
 * Progress of target-allocation tasks: each assignee's participants in its latest month with figures,
 * read from its parent's gap table of that month (one per parent and month, so a subtree's sums and
 * the "missing, not zero" rule are the gap table's own), minus the baseline.
 */
@Component
@RequiredArgsConstructor
class AllocationProgressReader implements AllocationMeasure {

	private final UnitService units;
	private final FiguresService figures;
	private final GapTableService gapTables;

	@Override
	public Map<Long, AllocationProgress> progress(List<AllocatedTask> tasks) {
		Map<String, Optional<GapTable>> tables = new HashMap<>();
		Map<Long, AllocationProgress> progress = new HashMap<>();
		for (AllocatedTask task : tasks) {
			Optional<YearMonth> latest = figures.latestPeriodUnder(task.unitPath());
			GapTable table = task.parentId() == null || latest.isEmpty() ? null
					: tables.computeIfAbsent(task.parentId() + "/" + latest.get(),
							key -> gapTable(task.parentId(), latest.get())).orElse(null);
			GapRow current = table == null ? null : table.rows().stream()
				.filter(gapRow -> gapRow.unit().id().equals(task.unitId()))
				.findFirst()
				.orElse(null);
			progress.put(task.id(), of(task, table == null ? null : table.period(), current));
		}
		return progress;
	}

	/** The gap table of the assignee's parent in the assignee's latest month with figures. */
	private Optional<GapTable> gapTable(long parentId, YearMonth period) {
		return units.findById(parentId).map(parent -> gapTables.gapTable(parent, period));
	}

	private static AllocationProgress of(AllocatedTask task, @Nullable YearMonth asOf, @Nullable GapRow current) {
		SchemeCounts allocated = task.allocated();
		SchemeCounts baseline = task.baseline();
		SchemeCounts now = current == null ? SchemeCounts.NONE : AllocationService.participants(current);
		List<SchemeProgress> schemes = new ArrayList<>();
		add(schemes, "BHYT", allocated.bhyt(), baseline.bhyt(), now.bhyt());
		add(schemes, "BHXH_BB", allocated.bhxhCompulsory(), baseline.bhxhCompulsory(), now.bhxhCompulsory());
		add(schemes, "BHXH_TN", allocated.bhxhVoluntary(), baseline.bhxhVoluntary(), now.bhxhVoluntary());
		add(schemes, "BHTN", allocated.bhtn(), baseline.bhtn(), now.bhtn());
		return new AllocationProgress(task.period(), current == null ? null : asOf, schemes);
	}

	private static void add(List<SchemeProgress> schemes, String scheme, @Nullable Long allocated,
			@Nullable Long baseline, @Nullable Long current) {
		if (allocated != null) {
			schemes.add(SchemeProgress.of(scheme, allocated, baseline, current));
		}
	}
}
