package vn.baophu.timeliness;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.figures.FiguresService;
import vn.baophu.figures.LeafCompletion;
import vn.baophu.report.GapTableService;
import vn.baophu.shared.VietnamTime;
import vn.baophu.task.TaskSettings;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * Reporting timeliness: for a month, which leaf units have complete figures (all four counts) and
 * when they first had them (from the audit trail), against the monthly reporting deadline of the
 * nearest unit above them that set one, else the default ({@link TaskSettings}: the 25th of the same
 * month). A leaf is on time when its figures were complete by the end of the deadline day, Vietnam
 * time. Rates are of all the leaves that exist in the month, so a leaf that never reported counts
 * against both.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TimelinessService {

	private final FiguresService figures;
	private final ReportingRules rules;
	private final UnitService units;
	private final ReportingDeadlineRepository deadlines;
	private final TaskSettings settings;
	private final Clock clock;
	private final GapTableService gapTables;

	public ReportingRule defaultRule() {
		return new ReportingRule(settings.reportingDay(), settings.reportingMonthOffset(), settings.weekendRule());
	}

	/** The month asked for, or when none is the gap table's default: the newest with figures. */
	public Timeliness timeliness(UnitRef unit, @Nullable YearMonth asked, SignedInUser user) {
		user.checkCanSee(unit.path());
		YearMonth period = gapTables.period(unit, asked);
		List<ReportingRules.RuleRow> rules = this.rules.all();
		List<UnitRef> children = units.children(unit).stream()
			.filter(child -> child.closedFrom() == null || child.closedFrom().isAfter(period.atDay(1)))
			.toList();
		List<LeafTimeliness> leaves = leaves(unit, period, rules, children);
		List<TimelinessRow> rows = children.stream().map(child -> row(child, leaves, false)).toList();
		TimelinessRow total = row(unit, leaves, true);
		return new Timeliness(unit, period, ruleFor(unit.path(), rules), rows, total, leaves);
	}

	/** The unit's total row only, for the dashboard: the rows per child (and so the children) are not needed. */
	public TimelinessRow summary(UnitRef unit, YearMonth period, SignedInUser user) {
		user.checkCanSee(unit.path());
		return row(unit, leaves(unit, period, this.rules.all(), List.of()), true);
	}

	/** Each leaf's completion and deadline; {@code childCode} is that of the child it lies under among {@code children}. */
	private List<LeafTimeliness> leaves(UnitRef unit, YearMonth period, List<ReportingRules.RuleRow> rules,
			List<UnitRef> children) {
		List<LeafTimeliness> leaves = new ArrayList<>();
		for (LeafCompletion leaf : figures.firstCompletedUnder(unit.path(), period)) {
			LocalDate deadline = ruleFor(leaf.path(), rules).rule().dueFor(period);
			boolean onTime = leaf.completedAt() != null && !VietnamTime.dateOf(leaf.completedAt()).isAfter(deadline);
			long late = leaf.completedAt() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(deadline,
					VietnamTime.dateOf(leaf.completedAt())));
			leaves.add(new LeafTimeliness(leaf.code(), leaf.name(), childOf(leaf.path(), children, unit).code(),
					leaf.complete(), leaf.completedAt(), deadline, onTime, late));
		}
		return leaves;
	}

	/** The rule that applies to the unit: its own, the nearest ancestor's, or the default. */
	public EffectiveRule ruleFor(UnitRef unit, SignedInUser user) {
		user.checkCanSee(unit.path());
		return ruleFor(unit.path(), rules.all());
	}

	/** Sets the unit's own rule (null: removes it, so the one above applies). */
	@Transactional
	public void setRule(UnitRef unit, @Nullable ReportingRule rule, SignedInUser user) {
		user.checkCanManage(unit.path());
		Optional<ReportingDeadline> own = deadlines.findById(unit.id());
		if (rule == null) {
			own.ifPresent(deadlines::delete);
		}
		else {
			ReportingDeadline deadline = own.orElseGet(() -> new ReportingDeadline(unit.id()));
			deadline.set(rule, user.username(), clock.instant());
			deadlines.save(deadline);
		}
		deadlines.flush();
	}

	private EffectiveRule ruleFor(String path, List<ReportingRules.RuleRow> rules) {
		return ReportingRules.nearest(path, rules, defaultRule());
	}

	private static UnitRef childOf(String leafPath, List<UnitRef> children, UnitRef unit) {
		return children.stream().filter(child -> leafPath.startsWith(child.path())).findFirst().orElse(unit);
	}

	/** The leaves under a child, or all of them for the total row. */
	private static TimelinessRow row(UnitRef unit, List<LeafTimeliness> leaves, boolean total) {
		int count = 0;
		int complete = 0;
		int onTime = 0;
		for (LeafTimeliness leaf : leaves) {
			if (total || unit.code().equals(leaf.childCode())) {
				count++;
				complete += leaf.complete() ? 1 : 0;
				onTime += leaf.onTime() ? 1 : 0;
			}
		}
		return TimelinessRow.of(unit.code(), unit.name(), count, complete, onTime);
	}
}
