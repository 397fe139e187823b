package vn.baophu.task;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.deadline.Deadline;
import vn.baophu.deadline.Recurrence;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.baophu.task.TaskUsers.ADMIN;

/** Directives and tasks on the real database with the Càng Long demo (Kế hoạch 295/KH-BCĐ loaded at start). */
@BaophuTest
class TaskServiceTests {

	@Autowired
	UnitService units;

	@Autowired
	DirectiveService directives;

	@Autowired
	TaskService tasks;

	@Autowired
	TaskBoardService boards;

	@Autowired
	TaskQueries queries;

	private UnitRef district() {
		return units.require("844");
	}

	private DirectiveView plan295() {
		return directives.directivesUnder(district(), ADMIN).stream()
			.filter(d -> d.number().equals("295/KH-BCĐ"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theDemoPlanAndItsEightTasksAreLoaded() {
		DirectiveView plan = plan295();
		assertThat(plan.kind()).isEqualTo(DirectiveKind.KE_HOACH);
		assertThat(plan.issued().date()).isEqualTo(LocalDate.of(2023, 7, 31));
		assertThat(plan.unitCode()).isEqualTo("844");
		assertThat(plan.tasks()).isEqualTo(8);
		List<TaskView> planTasks = tasks.tasksOf(plan.id(), ADMIN);
		assertThat(planTasks).extracting(TaskView::assigneeUnitCode).containsOnlyOnce("29278", "29290");
		assertThat(planTasks).extracting(TaskView::startsOn).containsOnly(LocalDate.of(2023, 7, 31));
	}

	@Test
	void aCommuneSeesThePlanKeptAboveItThroughItsOwnTasksOnly() {
		List<TaskView> plan = tasks.tasksOf(plan295().id(), ADMIN);
		List<Long> planTasks = plan.stream().map(TaskView::id).toList();
		List<Long> assignedHere = plan.stream().filter(t -> "29278".equals(t.assigneeUnitCode())).map(TaskView::id).toList();
		UnitRef commune = units.require("29278");
		assertThat(directives.directivesUnder(commune, ADMIN)).extracting(DirectiveView::number).contains("295/KH-BCĐ");
		List<TaskRow> communeTasks = queries.tasksUnder(commune.path());
		assertThat(communeTasks).extracting(TaskRow::assigneeUnitCode).containsOnly("29278");
		assertThat(communeTasks).extracting(TaskRow::id).containsAll(assignedHere);
		assertThat(assignedHere).isNotEmpty();
		assertThat(queries.tasksUnder(district().path())).extracting(TaskRow::id).containsAll(planTasks);
		assertThat(queries.tasksUnder(units.require("84").path())).extracting(TaskRow::id).containsAll(planTasks);
	}

	@Test
	void theBoardOfTheDistrictMovesWithTheDay() {
		BoardFilter plan = new BoardFilter(null, plan295().id());
		Board firstOfAugust = boards.board(district(), plan, ADMIN, LocalDate.of(2023, 8, 1));
		// the two month-end reports were due on 31/07 (the plan's own day); the Friday summary is due on 04/08
		assertThat(firstOfAugust.overdue()).extracting(TaskView::description)
			.allMatch(text -> text.startsWith("Theo dõi, tổng hợp") || text.startsWith("Thành lập tổ công tác"))
			.hasSize(2);
		assertThat(firstOfAugust.dueSoon()).extracting(task -> task.deadline().recurrence())
			.containsExactly(Recurrence.WEEKLY);
		assertThat(boards.board(district(), plan, ADMIN, LocalDate.of(2023, 12, 31)).overdue()).hasSize(3);
		assertThat(boards.board(district(), plan, ADMIN, LocalDate.of(2024, 1, 1)).overdue()).hasSize(8);
	}

	@Test
	void aCommunesBoardShowsTheTasksAssignedToIt() {
		Board huyenHoi = boards.board(units.require("29278"), BoardFilter.NONE, ADMIN, LocalDate.of(2023, 8, 1));
		assertThat(huyenHoi.all()).extracting(TaskView::assigneeName).containsExactly("UBND xã Huyền Hội");
		Board filtered = boards.board(district(), new BoardFilter("huyen hoi", null), ADMIN, LocalDate.of(2023, 8, 1));
		assertThat(filtered.all()).extracting(TaskView::assigneeUnitCode).containsExactly("29278");
	}

	@Test
	@Transactional
	void aDirectiveWithTwoTasksOneDoneTheOtherOverdueOnceItsDatePassed() {
		long id = directives.create(district(), new DirectiveDraft("12/KH-BCĐ", DirectiveDate.of(LocalDate.of(2023, 8, 1)),
				"Ban Chỉ đạo huyện", DirectiveKind.KE_HOACH, "Kế hoạch thử"), ADMIN);
		long first = tasks.add(id, oneOff("Phòng Y tế", "Việc A", LocalDate.of(2023, 8, 10)), ADMIN);
		long second = tasks.add(id, oneOff("Phòng Tài chính", "Việc B", LocalDate.of(2023, 8, 15)), ADMIN);
		tasks.setStatus(first, TaskStatus.DONE, null, ADMIN);
		tasks.addNote(second, "Đang chờ số liệu", ADMIN);

		BoardFilter filter = new BoardFilter(null, id);
		assertThat(boards.board(district(), filter, ADMIN, LocalDate.of(2023, 8, 14)).dueSoon()).extracting(TaskView::id)
			.containsExactly(second);
		Board later = boards.board(district(), filter, ADMIN, LocalDate.of(2023, 8, 20));
		assertThat(later.overdue()).extracting(TaskView::id).containsExactly(second);
		assertThat(later.overdue().get(0).standing().daysLate()).isEqualTo(5);
		assertThat(later.all()).filteredOn(task -> task.id() == first).extracting(TaskView::status)
			.containsExactly(TaskStatus.DONE);
		assertThat(tasks.notes(second, ADMIN)).extracting(NoteView::text, NoteView::author)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Đang chờ số liệu", "admin"));
		assertThat(tasks.task(second, ADMIN).notes()).isEqualTo(1);
	}

	@Test
	@Transactional
	void aRecurringTaskIsDonePerCycle() {
		long id = directives.create(district(), new DirectiveDraft("/UBND-THVX", new DirectiveDate(2022, null),
				"UBND tỉnh", DirectiveKind.CONG_VAN, "Báo cáo hằng tháng"), ADMIN);
		long task = tasks.add(id, new TaskDraft("UBND các xã", null, "Báo cáo trước ngày 25", new Deadline.Monthly(25),
				LocalDate.of(2023, 6, 1), null), ADMIN);
		tasks.setStatus(task, TaskStatus.DONE, LocalDate.of(2023, 7, 10), ADMIN);
		TaskView view = tasks.task(task, ADMIN);
		assertThat(view.doneThrough()).isEqualTo(LocalDate.of(2023, 7, 1));
		BoardFilter filter = new BoardFilter(null, id);
		assertThat(boards.board(district(), filter, ADMIN, LocalDate.of(2023, 7, 26)).all()).extracting(TaskView::status)
			.containsExactly(TaskStatus.DONE);
		assertThat(boards.board(district(), filter, ADMIN, LocalDate.of(2023, 8, 26)).overdue()).hasSize(1);
		assertThatThrownBy(() -> tasks.setStatus(task, TaskStatus.OVERDUE, null, ADMIN))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@Transactional
	void theAssigneesDistrictOfficialsUpdateTheirTaskButNotOthers() {
		List<TaskView> planTasks = tasks.tasksOf(plan295().id(), ADMIN);
		TaskView huyenHoi = planTasks.stream().filter(t -> "29278".equals(t.assigneeUnitCode())).findFirst().orElseThrow();
		TaskView education = planTasks.stream().filter(t -> t.assigneeName().equals("Phòng Giáo dục và Đào tạo"))
			.findFirst().orElseThrow();
		SignedInUser official = TaskUsers.of(units, Role.DISTRICT_OFFICIAL, "844");
		tasks.setStatus(huyenHoi.id(), TaskStatus.IN_PROGRESS, null, official);
		tasks.addNote(huyenHoi.id(), "Đã vận động được 500 người", official);
		assertThat(tasks.task(huyenHoi.id(), official).progress()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThatThrownBy(() -> tasks.setStatus(education.id(), TaskStatus.DONE, null, official))
			.isInstanceOf(AccessDeniedException.class);

		SignedInUser commune = TaskUsers.of(units, Role.DISTRICT_OFFICIAL, "29278");
		assertThat(tasks.task(huyenHoi.id(), commune).assigneeName()).isEqualTo("UBND xã Huyền Hội");
		SignedInUser town = TaskUsers.of(units, Role.DISTRICT_OFFICIAL, "29266");
		assertThatThrownBy(() -> tasks.task(huyenHoi.id(), town)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> directives.directive(plan295().id(), town)).isInstanceOf(AccessDeniedException.class);

		SignedInUser leader = TaskUsers.of(units, Role.LEADER, "844");
		assertThat(tasks.tasksOf(plan295().id(), leader)).hasSize(8);
		assertThatThrownBy(() -> tasks.addNote(huyenHoi.id(), "x", leader)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> directives.create(district(), new DirectiveDraft("1", new DirectiveDate(2023, null), "x",
				DirectiveKind.CHI_THI, "x"), leader)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> tasks.add(plan295().id(), oneOff("x", "y", LocalDate.of(2023, 9, 1)), official))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static TaskDraft oneOff(String assignee, String description, LocalDate due) {
		return new TaskDraft(assignee, null, description, new Deadline.OnDate(due), LocalDate.of(2023, 8, 1), null);
	}
}
