package vn.baophu.dashboard.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.task.BoardCounts;
import vn.baophu.task.TaskBoardService;
import vn.baophu.timeliness.TimelinessRow;
import vn.baophu.timeliness.TimelinessService;
import vn.baophu.unit.UnitRef;
import vn.baophu.user.SignedInUser;

/**
 * The leaders' dashboard panel ({@code templates/dashboard/panel.html}, included by the dashboard page as
 * {@code ${@taskPanel.of(unit, period)}}): tasks overdue and due soon in the subtree, and the month's
 * reporting timeliness. Public because templates call it.
 */
@Component("taskPanel")
@RequiredArgsConstructor
public class TaskPanels {

	private final TaskBoardService boards;
	private final TimelinessService timeliness;

	/** What the panel shows. */
	public record Panel(BoardCounts tasks, TimelinessRow timeliness) {
	}

	/**
	 * The panel of the signed-in user's view of the unit; null without a signed-in user. Its two reads
	 * share one read-only transaction (a connection and a commit fewer per dashboard).
	 */
	@Transactional(readOnly = true)
	public @Nullable Panel of(UnitRef unit, YearMonth period) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)
				|| !user.canSee(unit.path())) {
			return null;
		}
		return new Panel(boards.counts(unit, user), timeliness.summary(unit, period, user));
	}
}
