package vn.baophu.home;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.baophu.figures.ReportingStatus;
import vn.baophu.report.GapTable;
import vn.baophu.unit.UnitRef;

/**
 * The home page of district officials: the gap table of their unit for the latest complete month (the
 * newest in which every leaf below reported; both null when there is none yet), this month's reporting
 * with the entry grid of their unit ({@code gridUnits}: empty once the unit is closed), and the tasks of
 * their subtree.
 */
public record DistrictHome(HomeScope scope, @Nullable YearMonth latestComplete, @Nullable GapTable gapTable,
		ReportingStatus reporting, List<UnitRef> gridUnits, TaskSummary tasks) {
}
