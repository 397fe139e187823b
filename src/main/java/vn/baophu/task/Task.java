package vn.baophu.task;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;
import vn.baophu.deadline.Deadline;
import vn.baophu.deadline.Recurrence;

/**
 * A task of a directive. The deadline is kept in columns by its kind; {@code status} is what people
 * set (never OVERDUE, which is computed), for a recurring task about its open cycle, and
 * {@code doneThrough} the start of the last cycle marked done. A target-allocation task's columns are
 * written once and read by SQL ({@link TaskQueries#allocate}), so they are not mapped here.
 */
@Entity
@Table(name = "task")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Task extends Created {

	@Column(name = "directive_id")
	private long directiveId;

	@Column(name = "assignee_name")
	private String assigneeName;

	@Column(name = "assignee_unit_id")
	private @Nullable Long assigneeUnitId;

	private String description;

	@Enumerated(EnumType.STRING)
	private Recurrence recurrence;

	@Column(name = "due_date")
	private @Nullable LocalDate dueDate;

	@Column(name = "due_weekday")
	private @Nullable Integer dueWeekday;

	@Column(name = "due_month")
	private @Nullable Integer dueMonth;

	@Column(name = "due_day")
	private @Nullable Integer dueDay;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private @Nullable LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	private TaskStatus status = TaskStatus.NOT_STARTED;

	@Column(name = "done_through")
	private @Nullable LocalDate doneThrough;

	@Column(name = "done_on")
	private @Nullable LocalDate doneOn;

	@Column(name = "done_by")
	private @Nullable String doneBy;

	Task(long directiveId, TaskDraft draft, String createdBy, Instant createdAt) {
		super(createdBy, createdAt);
		this.directiveId = directiveId;
		update(draft);
	}

	void update(TaskDraft draft) {
		this.assigneeName = draft.assigneeName();
		this.assigneeUnitId = draft.assigneeUnitId();
		this.description = draft.description();
		this.startsOn = draft.startsOn();
		this.endsOn = draft.endsOn();
		setDeadline(draft.deadline());
	}

	Deadline deadline() {
		return deadline(recurrence, dueDate, dueWeekday, dueMonth, dueDay);
	}

	/** The deadline kept in these columns (as the table's check constraint allows them to be filled). */
	static Deadline deadline(Recurrence recurrence, @Nullable LocalDate dueDate, @Nullable Integer dueWeekday,
			@Nullable Integer dueMonth, @Nullable Integer dueDay) {
		return switch (recurrence) {
			case NONE -> new Deadline.OnDate(required(dueDate));
			case WEEKLY -> new Deadline.Weekly(DayOfWeek.of(required(dueWeekday)));
			case MONTHLY -> new Deadline.Monthly(required(dueDay));
			case QUARTERLY -> new Deadline.Quarterly(required(dueDay));
			case YEARLY -> new Deadline.Yearly(MonthDay.of(required(dueMonth), required(dueDay)));
		};
	}

	private void setDeadline(Deadline deadline) {
		this.recurrence = deadline.recurrence();
		this.dueDate = deadline instanceof Deadline.OnDate onDate ? onDate.date() : null;
		this.dueWeekday = deadline instanceof Deadline.Weekly weekly ? weekly.day().getValue() : null;
		this.dueMonth = deadline instanceof Deadline.Yearly yearly ? yearly.day().getMonthValue() : null;
		this.dueDay = deadline instanceof Deadline.Monthly monthly ? Integer.valueOf(monthly.day())
				: deadline instanceof Deadline.Quarterly quarterly ? Integer.valueOf(quarterly.day())
				: deadline instanceof Deadline.Yearly yearly ? Integer.valueOf(yearly.day().getDayOfMonth()) : null;
	}

	/** NOT_STARTED or IN_PROGRESS: of a one-off task, or of the open cycle of a recurring one. */
	void setProgress(TaskStatus progress) {
		if (progress == TaskStatus.OVERDUE || progress == TaskStatus.DONE) {
			throw new IllegalArgumentException("Progress is NOT_STARTED or IN_PROGRESS: " + progress);
		}
		this.status = progress;
		if (recurrence == Recurrence.NONE) {
			this.doneOn = null;
			this.doneBy = null;
		}
	}

	/** A one-off task is done; a recurring one is done through the cycle starting on {@code cycleStart}. */
	void markDone(@Nullable LocalDate cycleStart, LocalDate today, String user) {
		if (recurrence == Recurrence.NONE) {
			this.status = TaskStatus.DONE;
		}
		else {
			this.doneThrough = cycleStart;
			this.status = TaskStatus.NOT_STARTED;
		}
		this.doneOn = today;
		this.doneBy = user;
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("A deadline column is empty; the table's check forbids that");
		}
		return value;
	}
}
