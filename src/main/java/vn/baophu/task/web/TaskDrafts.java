package vn.baophu.task.web;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import vn.baophu.task.DirectiveView;
import vn.baophu.task.TaskDraft;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;
import vn.baophu.shared.VietnamTime;

/**
 * Turns a valid task form into a draft: the assignee unit code must name a unit the user can see, in
 * the directive's subtree; a task starts by default on the directive's date.
 */
@Component
class TaskDrafts {

	private final UnitService units;
	private final Clock clock;

	TaskDrafts(UnitService units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	LocalDate today() {
		return VietnamTime.today(clock);
	}

	/** Null, with the errors on the form, when the form cannot be saved. */
	@Nullable TaskDraft draft(TaskForm form, BindingResult errors, DirectiveView directive, SignedInUser user) {
		UnitRef unit = null;
		String code = form.getAssigneeUnitCode().strip();
		if (!code.isEmpty() && !errors.hasFieldErrors("assigneeUnitCode")) {
			unit = units.findByCode(code).orElse(null);
			if (unit == null || !user.canSee(unit.path())) {
				errors.rejectValue("assigneeUnitCode", "task.form.unknownUnit", new Object[] { code }, null);
			}
			else if (!unit.path().startsWith(directive.unitPath())) {
				errors.rejectValue("assigneeUnitCode", "task.form.outsideUnit", new Object[] { code, directive.unitName() },
						null);
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		TaskDraft draft = form.draft(unit == null ? null : unit.id(), unit == null ? null : unit.name(),
				directive.issued().startsOn());
		if (draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
			errors.rejectValue("endsOn", "task.form.endBeforeStart");
			return null;
		}
		return draft;
	}
}
