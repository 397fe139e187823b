package vn.baophu.task;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import vn.baophu.deadline.WeekendRule;

/** Turns task rows into views: the standing on the day, and the progress of allocation tasks. */
@Component
@RequiredArgsConstructor
class TaskViews {

	private final TaskSettings settings;
	private final AllocationMeasure allocations;

	int dueSoonDays() {
		return settings.dueSoonDays();
	}

	WeekendRule weekendRule() {
		return settings.weekendRule();
	}

	List<TaskView> views(List<TaskRow> rows, LocalDate today) {
		Map<Long, AllocationProgress> progress = allocations.progress(
				rows.stream().map(TaskRow::allocation).filter(Objects::nonNull).toList());
		return rows.stream().map(row -> view(row, today, progress.get(row.id()))).toList();
	}

	TaskView view(TaskRow row, LocalDate today) {
		return views(List.of(row), today).get(0);
	}

	TaskStanding standing(TaskRow row, LocalDate today) {
		return TaskStanding.of(row.recorded(settings.weekendRule()), today, settings.dueSoonDays());
	}

	private TaskView view(TaskRow row, LocalDate today, @org.jspecify.annotations.Nullable AllocationProgress progress) {
		return new TaskView(row.id(), row.directiveId(), row.directiveNumber(), row.directiveIssued(),
				row.directiveTitle(), row.directiveUnitPath(), row.assigneeName(), row.assigneeUnitCode(),
				row.assigneeUnitName(), row.assigneeUnitPath(), row.description(), row.deadline(), row.startsOn(),
				row.endsOn(), row.progress(), row.doneThrough(), row.doneOn(), row.doneBy(), row.notes(),
				standing(row, today), progress, row.version());
	}
}
