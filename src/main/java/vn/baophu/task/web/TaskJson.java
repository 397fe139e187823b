package vn.baophu.task.web;

import java.time.LocalDate;
import java.util.List;

import vn.baophu.task.Board;
import vn.baophu.task.DirectiveView;
import vn.baophu.task.NoteView;
import vn.baophu.task.TaskView;

/**
 * The JSON shapes of the task API around {@link TaskView}, {@link DirectiveView} and {@link NoteView}, which are
 * serialised as they are.
 */
final class TaskJson {

	private TaskJson() {
	}

	record DirectiveWithTasks(DirectiveView directive, List<TaskView> tasks) {
	}

	record TaskWithNotes(TaskView task, List<NoteView> notes) {
	}

	record BoardJson(String unit, LocalDate today, int dueSoonDays, int overdueCount, int dueSoonCount, int allCount,
			List<TaskView> overdue, List<TaskView> dueSoon, List<TaskView> all) {

		static BoardJson of(Board b) {
			return new BoardJson(b.unit().code(), b.today(), b.dueSoonDays(), b.overdue().size(), b.dueSoon().size(),
					b.all().size(), b.overdue(), b.dueSoon(), b.all());
		}
	}
}
