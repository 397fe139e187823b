package vn.baophu.allocation;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.report.GapRow;
import vn.baophu.report.GapTable;
import vn.baophu.report.GapTableService;
import vn.baophu.school.SchoolRow;
import vn.baophu.school.SchoolService;
import vn.baophu.school.SchoolTable;
import vn.baophu.school.SchoolYear;
import vn.baophu.shared.VietnamTime;
import vn.baophu.deadline.Deadline;
import vn.baophu.task.DirectiveService;
import vn.baophu.task.DirectiveView;
import vn.baophu.task.SchemeCounts;
import vn.baophu.task.TaskDraft;
import vn.baophu.task.TaskPermissions;
import vn.baophu.task.TaskService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * Target allocation as tasks ("giao chỉ tiêu … cho UBND các xã"): from a unit's gap table, one task per
 * child with the people it still has to enrol per scheme (positive gaps only), due on a day (the end
 * of the year by default), remembering the child's participants of that month as the baseline its
 * progress is measured from. The numbers are the gap table's own (see {@link GapTableService}).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AllocationService {

	private final GapTableService gapTables;
	private final UnitService units;
	private final TaskService tasks;
	private final DirectiveService directives;
	private final AllocationTexts texts;
	private final SchoolService schools;
	private final Clock clock;

	/** The allocation made, and the children left out because they were allocated before. */
	public record Outcome(List<Long> created, List<String> skippedCodes) {
	}

	/** One line per child of the unit, from its gap table of the month; {@code directiveId} marks earlier allocations. */
	public List<AllocationLine> plan(UnitRef unit, YearMonth period, @Nullable Long directiveId, SignedInUser user) {
		user.checkCanSee(unit.path());
		GapTable table = gapTables.gapTable(unit, period);
		Set<Long> before = directiveId == null ? Set.of() : tasks.allocatedUnits(directiveId, period);
		List<AllocationLine> lines = new ArrayList<>();
		for (GapRow row : table.rows()) {
			lines.add(new AllocationLine(row.unit(), participants(row), positiveGaps(row), before.contains(row.unit().id())));
		}
		return lines;
	}

	/** The month asked for, or by default the month the unit's gap table opens on. */
	public YearMonth period(UnitRef unit, @Nullable YearMonth asked) {
		return gapTables.period(unit, asked);
	}

	/** Directives the allocation can belong to: kept at the unit or above it, that the user manages. */
	public List<DirectiveView> directivesFor(UnitRef unit, SignedInUser user) {
		return directives.manageableAt(units.lineage(unit), user);
	}

	@Transactional
	public Outcome allocate(UnitRef unit, YearMonth period, long directiveId, LocalDate dueOn, SignedInUser user,
			Locale locale) {
		user.checkCanManage(unit.path());
		DirectiveView directive = directives.directive(directiveId, user);
		if (!TaskPermissions.canManage(user, directive) || !unit.path().startsWith(directive.unitPath())) {
			throw new AccessDeniedException("Directive " + directiveId + " cannot allocate below " + unit.code());
		}
		LocalDate today = VietnamTime.today(clock);
		List<Long> created = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (AllocationLine line : plan(unit, period, directiveId, user)) {
			if (line.allocatedBefore()) {
				skipped.add(line.unit().code());
			}
			if (!line.allocatable()) {
				continue;
			}
			TaskDraft draft = new TaskDraft(texts.assignee(line.unit(), locale), line.unit().id(),
					texts.description(line.remaining(), dueOn, locale), new Deadline.OnDate(dueOn), today, null);
			created.add(tasks.addAllocation(directiveId, draft, period, line.remaining(),
					onlyAllocated(line.baseline(), line.remaining()), user));
		}
		return new Outcome(created, skipped);
	}

	/**
	 * From a unit's appendix of students' BHYT: one task per school below 100 % ("Vận động 60 học sinh
	 * còn lại tham gia BHYT"), assigned to the school by name and to the unit it sits in, under a directive.
	 */
	@Transactional
	public List<Long> allocateSchools(UnitRef unit, SchoolYear schoolYear, long directiveId, LocalDate dueOn,
			SignedInUser user, Locale locale) {
		user.checkCanManage(unit.path());
		DirectiveView directive = directives.directive(directiveId, user);
		if (!TaskPermissions.canManage(user, directive) || !unit.path().startsWith(directive.unitPath())) {
			throw new AccessDeniedException("Directive " + directiveId + " cannot allocate below " + unit.code());
		}
		SchoolTable table = schools.table(unit, schoolYear);
		java.util.Map<String, UnitRef> schoolUnits = units.findByCodes(
				table.behind().stream().map(SchoolRow::unitCode).filter(java.util.Objects::nonNull).distinct().toList());
		LocalDate today = VietnamTime.today(clock);
		List<Long> created = new ArrayList<>();
		for (SchoolRow row : table.behind()) {
			UnitRef schoolUnit = schoolUnits.get(row.unitCode());
			TaskDraft draft = new TaskDraft(row.school(), schoolUnit == null ? null : schoolUnit.id(),
					texts.schoolDescription(row.remaining(), locale), new Deadline.OnDate(dueOn), today, null);
			created.add(tasks.add(directiveId, draft, user));
		}
		return created;
	}

	/** Participants per scheme in the row's month; null where missing. */
	static SchemeCounts participants(GapRow row) {
		return new SchemeCounts(row.bhyt().participants(), row.bhxh().compulsory(), row.bhxh().voluntary(),
				row.bhtn().participants());
	}

	private static SchemeCounts positiveGaps(GapRow row) {
		return new SchemeCounts(positive(row.bhyt().remaining()), positive(row.bhxh().remainingCompulsory()),
				positive(row.bhxh().voluntaryPart().remaining()), positive(row.bhtn().remaining()));
	}

	private static SchemeCounts onlyAllocated(SchemeCounts baseline, SchemeCounts allocated) {
		return new SchemeCounts(allocated.bhyt() == null ? null : baseline.bhyt(),
				allocated.bhxhCompulsory() == null ? null : baseline.bhxhCompulsory(),
				allocated.bhxhVoluntary() == null ? null : baseline.bhxhVoluntary(),
				allocated.bhtn() == null ? null : baseline.bhtn());
	}

	private static @Nullable Long positive(@Nullable Long remaining) {
		return remaining == null || remaining <= 0 ? null : remaining;
	}
}
