package vn.baophu.task.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.baophu.task.Board;
import vn.baophu.task.DirectiveView;
import vn.baophu.task.NoteView;
import vn.baophu.task.TaskView;

/** The JSON shapes of the task API around {@link TaskView} and {@link NoteView}, which are serialised as they are. */
final class TaskJson {

	private TaskJson() {
	}

	record DirectiveJson(long id, String unit, String number, String issued, String issuer, String kind, String title,
			@Nullable String attachment, int tasks) {

		static DirectiveJson of(DirectiveView d) {
			return new DirectiveJson(d.id(), d.unitCode(), d.number(), d.issued().text(), d.issuer(), d.kind().name(),
					d.title(), d.attachmentName(), d.tasks());
		}
	}

	record DirectiveWithTasks(DirectiveJson directive, List<TaskView> tasks) {
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
