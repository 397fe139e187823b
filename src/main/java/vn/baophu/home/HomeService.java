package vn.baophu.home;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.dashboard.DashboardService;
import vn.baophu.figures.FiguresService;
import vn.baophu.figures.MonthStatusService;
import vn.baophu.imports.ImportService;
import vn.baophu.report.GapTableService;
import vn.baophu.shared.VietnamTime;
import vn.baophu.task.TaskBoardService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignInHistory;
import vn.baophu.user.SignedInUser;

/**
 * Puts each role's home page together from the other modules' APIs; every list is one query of the
 * module that owns its data, whatever the size of the subtree.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class HomeService {

	static final int MISSING_LISTED = 30;
	static final int MONTHS_LISTED = 12;
	static final int TASKS_LISTED = 10;
	static final int IMPORTS_LISTED = 5;
	static final int FAILURES_LISTED = 20;
	static final Duration LOCKS_WITHIN = Duration.ofDays(1);
	static final Duration FAILURES_WITHIN = Duration.ofDays(7);

	private final UnitService units;
	private final FiguresService figures;
	private final MonthStatusService months;
	private final TaskBoardService tasks;
	private final ImportService imports;
	private final GapTableService gapTables;
	private final DashboardService dashboards;
	private final SignInHistory signIns;
	private final Clock clock;

	/**
	 * The user's unit as it is today (with what replaced it, if a reform closed it); the whole tree for an
	 * administrator without a unit. A unit that no longer exists at all (or none, for another role) is
	 * {@link HomeScope#unitMissing()}.
	 */
	public HomeScope scope(SignedInUser user) {
		LocalDate today = VietnamTime.today(clock);
		if (user.unitId() == null) {
			return new HomeScope(null, List.of(), List.of(), !user.isAdministrator(), today);
		}
		Optional<UnitRef> found = units.findById(user.unitId());
		if (found.isEmpty()) {
			return new HomeScope(null, List.of(), List.of(), true, today);
		}
		UnitRef unit = found.get();
		HomeScope scope = new HomeScope(unit, units.lineage(unit), List.of(), false, today);
		if (!scope.unitClosed()) {
			return scope;
		}
		return new HomeScope(unit, scope.lineage(), units.successors(List.of(unit.id())).getOrDefault(unit.id(), List.of()),
				false, today);
	}

	/** Provincial staff and administrators: the month's work of their subtree (or of the whole tree). */
	public StaffHome staff(HomeScope scope, SignedInUser user) {
		YearMonth month = scope.thisMonth();
		UnitRef unit = scope.unit();
		List<UnitRef> tops = unit == null ? units.roots() : List.of(unit);
		return new StaffHome(scope, tops.stream().filter(top -> top.existsIn(month)).toList(),
				figures.reportingStatus(scope.path(), month, MISSING_LISTED),
				months.waitingToClose(tops, month, MONTHS_LISTED),
				TaskSummary.of(tasks.pending(unit, user), TASKS_LISTED),
				imports.history(unit == null ? null : unit.path(), PageRequest.of(0, IMPORTS_LISTED)).getContent(),
				unit == null ? null : latestComplete(unit).or(() -> newest(unit)).orElse(null),
				user.isAdministrator() ? new StaffHome.SignInWatch(signIns.recentlyLocked(user, LOCKS_WITHIN),
						signIns.recentFailures(user, FAILURES_WITHIN, FAILURES_LISTED)) : null);
	}

	/** District officials: the gap table of the latest complete month, the month's reporting, the tasks. */
	public DistrictHome district(HomeScope scope, SignedInUser user) {
		UnitRef unit = required(scope);
		YearMonth latest = latestComplete(unit).orElse(null);
		YearMonth month = scope.thisMonth();
		return new DistrictHome(scope, latest, latest == null ? null : gapTables.gapTable(unit, latest),
				figures.reportingStatus(unit.path(), month, MISSING_LISTED),
				unit.existsIn(month) ? List.of(unit) : List.of(), TaskSummary.of(tasks.pending(unit, user), TASKS_LISTED));
	}

	/** Leaders: the dashboard of the latest complete month, else of the newest month with figures. */
	public LeaderHome leader(HomeScope scope) {
		UnitRef unit = required(scope);
		Optional<YearMonth> latest = latestComplete(unit);
		YearMonth period = latest.or(() -> newest(unit)).orElse(null);
		return new LeaderHome(scope, period, latest.isPresent(), period == null ? null : dashboards.dashboard(unit, period));
	}

	/** The latest complete month of the unit's subtree, if the unit existed in it. */
	private Optional<YearMonth> latestComplete(UnitRef unit) {
		return figures.latestCompleteMonth(unit.path()).filter(unit::existsIn);
	}

	private Optional<YearMonth> newest(UnitRef unit) {
		return figures.latestPeriodUnder(unit.path()).filter(unit::existsIn);
	}

	private static UnitRef required(HomeScope scope) {
		@Nullable UnitRef unit = scope.unit();
		if (unit == null) {
			throw new IllegalStateException("A home page of a unit without a unit");
		}
		return unit;
	}
}
