package vn.baophu.task.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.baophu.task.AllocationProgress;
import vn.baophu.task.Board;
import vn.baophu.task.Cycle;
import vn.baophu.task.DeadlineText;
import vn.baophu.task.DirectiveView;
import vn.baophu.task.NoteView;
import vn.baophu.task.TaskView;

/** The JSON shapes of the task API. Dates are ISO (2023-12-31); the deadline as the CSV files write it. */
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

	record DirectiveWithTasks(DirectiveJson directive, List<TaskItem> tasks) {
	}

	/**
	 * A task: {@code status} is computed on this read (OVERDUE included); {@code progress} is what was
	 * set; {@code due} the due date that matters now, {@code cycle} the open cycle of a recurring task.
	 */
	record TaskItem(long id, long directiveId, String directiveNumber, String assignee, @Nullable String assigneeUnit,
			String description, String recurrence, String dueRule, LocalDate startsOn, @Nullable LocalDate endsOn,
			String status, String progress, @Nullable LocalDate due, @Nullable CycleJson cycle, long daysLate,
			int missedCycles, boolean dueSoon, @Nullable LocalDate doneThrough, @Nullable LocalDate doneOn,
			@Nullable String doneBy, int notes, @Nullable AllocationProgress allocation) {

		static TaskItem of(TaskView t) {
			return new TaskItem(t.id(), t.directiveId(), t.directiveNumber(), t.assigneeName(), t.assigneeUnitCode(),
					t.description(), t.deadline().recurrence().code(), DeadlineText.due(t.deadline()), t.startsOn(),
					t.endsOn(), t.status().name(), t.progress().name(), t.standing().due(),
					CycleJson.of(t.standing().openCycle()), t.standing().daysLate(), t.standing().missedCycles(),
					t.standing().dueSoon(), t.doneThrough(), t.doneOn(), t.doneBy(), t.notes(), t.allocation());
		}
	}

	record CycleJson(LocalDate start, LocalDate end) {

		static @Nullable CycleJson of(@Nullable Cycle cycle) {
			return cycle == null ? null : new CycleJson(cycle.start(), cycle.end());
		}
	}

	record NoteJson(long id, LocalDate writtenOn, Instant writtenAt, String author, @Nullable CycleJson cycle,
			String text) {

		static NoteJson of(NoteView n) {
			return new NoteJson(n.id(), n.writtenOn(), n.writtenAt(), n.author(), CycleJson.of(n.cycle()), n.text());
		}
	}

	record TaskWithNotes(TaskItem task, List<NoteJson> notes) {
	}

	record BoardJson(String unit, LocalDate today, int dueSoonDays, int overdueCount, int dueSoonCount, int allCount,
			List<TaskItem> overdue, List<TaskItem> dueSoon, List<TaskItem> all) {

		static BoardJson of(Board b) {
			return new BoardJson(b.unit().code(), b.today(), b.dueSoonDays(), b.overdue().size(), b.dueSoon().size(),
					b.all().size(), items(b.overdue()), items(b.dueSoon()), items(b.all()));
		}
	}

	static List<TaskItem> items(List<TaskView> tasks) {
		return tasks.stream().map(TaskItem::of).toList();
	}
}
