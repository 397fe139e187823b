package vn.baophu.task.web;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.baophu.task.BoardFilter;
import vn.baophu.task.TaskBoardService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** The board of overdue and due-soon tasks of a unit's subtree, and the way in from the menu. */
@Controller
@RequiredArgsConstructor
class TaskBoardController {

	static final String VIEW = "task/board";

	private final UnitService units;
	private final TaskBoardService boards;

	/** The board of the user's own unit; for a user of the whole tree, of its only root (else the tree). */
	@GetMapping("/tasks")
	String start(@AuthenticationPrincipal SignedInUser user) {
		if (user.unitId() != null) {
			return units.findById(user.unitId()).map(unit -> "redirect:/units/" + unit.code() + "/tasks")
				.orElse("redirect:/units");
		}
		var roots = units.roots();
		return roots.size() == 1 ? "redirect:/units/" + roots.get(0).code() + "/tasks" : "redirect:/units";
	}

	@GetMapping("/units/{code}/tasks")
	String board(@PathVariable String code, @RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @Nullable Long directive, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		UnitRef unit = units.require(code);
		model.addAttribute("board", boards.board(unit, new BoardFilter(assignee, directive), user));
		model.addAttribute("lineage", units.lineage(unit));
		model.addAttribute("canManage", user.canManage(unit.path()));
		return VIEW;
	}
}
