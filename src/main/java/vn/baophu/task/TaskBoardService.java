package vn.baophu.task;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.unit.UnitRef;
import vn.baophu.user.SignedInUser;

/**
 * The task board of a unit's subtree: the tasks of the directives kept in it and the tasks assigned to
 * a unit in it, each with its standing computed from the clock on this read.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TaskBoardService {

	private static final Comparator<TaskView> BY_DUE = Comparator
		.comparing((TaskView task) -> task.standing().due(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(TaskView::id);

	private final TaskQueries queries;
	private final TaskViews views;
	private final Today today;

	/** The board on today's date by the clock. */
	public Board board(UnitRef unit, BoardFilter filter, SignedInUser user) {
		return board(unit, filter, user, today.date());
	}

	public Board board(UnitRef unit, BoardFilter filter, SignedInUser user, LocalDate day) {
		user.checkCanSee(unit.path());
		List<TaskView> subtree = views.views(queries.tasksUnder(unit.path()), day);
		List<TaskView> all = subtree.stream().filter(filter::accepts).toList();
		List<TaskView> overdue = all.stream().filter(task -> task.standing().overdue()).sorted(BY_DUE).toList();
		List<TaskView> dueSoon = all.stream().filter(task -> task.standing().dueSoon()).sorted(BY_DUE).toList();
		return new Board(unit, day, views.dueSoonDays(), filter, overdue, dueSoon, all, directivesOf(subtree, unit));
	}

	/**
	 * The overdue and due-soon tasks of the unit's subtree today by the clock; of the whole tree when the
	 * unit is null, for a user of the whole tree only.
	 */
	public PendingTasks pending(@Nullable UnitRef unit, SignedInUser user) {
		if (unit == null && user.unitId() != null) {
			throw new AccessDeniedException(user.username() + " may not see the tasks of the whole tree");
		}
		if (unit != null) {
			user.checkCanSee(unit.path());
		}
		LocalDate day = today.date();
		List<TaskView> tasks = views.views(queries.tasksUnder(unit == null ? "/" : unit.path()), day);
		return new PendingTasks(day, views.dueSoonDays(),
				tasks.stream().filter(task -> task.standing().overdue()).sorted(BY_DUE).toList(),
				tasks.stream().filter(task -> task.standing().dueSoon()).sorted(BY_DUE).toList());
	}

	/** How many tasks of the subtree are overdue and due soon today. */
	public BoardCounts counts(UnitRef unit, SignedInUser user) {
		Board board = board(unit, BoardFilter.NONE, user);
		return new BoardCounts(board.overdue().size(), board.dueSoon().size(), board.all().size(), board.dueSoonDays());
	}

	/** The directives of the subtree's tasks, for the filter. */
	private List<DirectiveView> directivesOf(List<TaskView> tasks, UnitRef unit) {
		Set<Long> ids = tasks.stream().map(TaskView::directiveId).collect(Collectors.toSet());
		Map<Long, DirectiveView> byId = new LinkedHashMap<>();
		queries.directivesUnder(unit.path()).stream().filter(d -> ids.contains(d.id())).forEach(d -> byId.put(d.id(), d));
		return List.copyOf(byId.values());
	}
}
