package vn.baophu.task;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import vn.baophu.deadline.Cycle;
import vn.baophu.deadline.Deadline;
import vn.baophu.deadline.WeekendRule;

/**
 * Overdue is computed from the clock on every read: the same recorded task moves from due soon to
 * overdue as the clock moves, and back to done once its cycle is marked done; nothing stored goes stale.
 */
class TaskStandingTest {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final LocalDate PLAN_295 = LocalDate.of(2023, 7, 31);

	/** A clock that can be moved, read the way the services read it. */
	private static final class MovingClock {

		private Instant now;

		MovingClock(String date) {
			set(date);
		}

		void set(String date) {
			now = LocalDate.parse(date).atTime(23, 59).atZone(VIETNAM).toInstant();
		}

		LocalDate today() {
			return LocalDate.now(Clock.fixed(now, VIETNAM));
		}
	}

	private static TaskStanding.Recorded recorded(Deadline deadline, TaskStatus progress,
			@Nullable LocalDate doneThrough) {
		return new TaskStanding.Recorded(deadline, WeekendRule.KEEP, PLAN_295, null, progress, doneThrough);
	}

	private static TaskStanding standing(TaskStanding.Recorded task, MovingClock clock) {
		return TaskStanding.of(task, clock.today(), 7);
	}

	@Test
	void aOneOffTaskBecomesOverdueTheDayAfterItsDueDate() {
		TaskStanding.Recorded task = recorded(new Deadline.OnDate(LocalDate.of(2023, 8, 15)), TaskStatus.NOT_STARTED, null);
		MovingClock clock = new MovingClock("2023-08-01");
		assertThat(standing(task, clock).status()).isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(standing(task, clock).dueSoon()).isFalse();
		clock.set("2023-08-08");
		assertThat(standing(task, clock).dueSoon()).isTrue();
		clock.set("2023-08-15");
		assertThat(standing(task, clock).status()).isEqualTo(TaskStatus.NOT_STARTED);
		clock.set("2023-08-16");
		TaskStanding late = standing(task, clock);
		assertThat(late.status()).isEqualTo(TaskStatus.OVERDUE);
		assertThat(late.daysLate()).isEqualTo(1);
		assertThat(late.dueSoon()).isFalse();
		clock.set("2023-12-31");
		assertThat(standing(task, clock).daysLate()).isEqualTo(138);
	}

	@Test
	void aTaskInProgressIsOverdueAllTheSameOncePastItsDate() {
		TaskStanding.Recorded task = recorded(new Deadline.OnDate(LocalDate.of(2023, 8, 15)), TaskStatus.IN_PROGRESS, null);
		assertThat(standing(task, new MovingClock("2023-08-10")).status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(standing(task, new MovingClock("2023-08-20")).status()).isEqualTo(TaskStatus.OVERDUE);
	}

	@Test
	void aDoneOneOffTaskStaysDoneWhateverTheClock() {
		TaskStanding.Recorded task = recorded(new Deadline.OnDate(LocalDate.of(2023, 8, 15)), TaskStatus.DONE, null);
		assertThat(standing(task, new MovingClock("2030-01-01")).status()).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void aMonthlyTaskIsDonePerMonthAndOverdueAgainWhenTheNextMonthIsMissed() {
		Deadline the25th = new Deadline.Monthly(25);
		MovingClock clock = new MovingClock("2023-08-01");
		// issued 31/07: July's 25th is before the start, so August is the first month
		TaskStanding.Recorded fresh = recorded(the25th, TaskStatus.NOT_STARTED, null);
		assertThat(standing(fresh, clock).due()).isEqualTo(LocalDate.of(2023, 8, 25));
		assertThat(standing(fresh, clock).openCycle().start()).isEqualTo(LocalDate.of(2023, 8, 1));
		clock.set("2023-08-26");
		assertThat(standing(fresh, clock).status()).isEqualTo(TaskStatus.OVERDUE);
		clock.set("2023-09-26");
		assertThat(standing(fresh, clock).missedCycles()).isEqualTo(2);
		assertThat(standing(fresh, clock).due()).isEqualTo(LocalDate.of(2023, 8, 25));

		TaskStanding.Recorded augustDone = recorded(the25th, TaskStatus.NOT_STARTED, LocalDate.of(2023, 8, 1));
		clock.set("2023-08-26");
		assertThat(standing(augustDone, clock).status()).isEqualTo(TaskStatus.DONE);
		assertThat(standing(augustDone, clock).due()).isEqualTo(LocalDate.of(2023, 9, 25));
		clock.set("2023-09-01");
		assertThat(standing(augustDone, clock).status()).isEqualTo(TaskStatus.NOT_STARTED);
		clock.set("2023-09-20");
		assertThat(standing(augustDone, clock).dueSoon()).isTrue();
		clock.set("2023-09-26");
		assertThat(standing(augustDone, clock).status()).isEqualTo(TaskStatus.OVERDUE);
		assertThat(standing(augustDone, clock).missedCycles()).isEqualTo(1);
	}

	@Test
	void theMonthEndOfSeptember2023OnASaturdayIsDueOnMondayUnderTheNextMondayRule() {
		TaskStanding.Recorded task = new TaskStanding.Recorded(new Deadline.Monthly(Deadline.LAST),
				WeekendRule.NEXT_MONDAY, PLAN_295, null, TaskStatus.NOT_STARTED, LocalDate.of(2023, 8, 1));
		assertThat(TaskStanding.of(task, LocalDate.of(2023, 10, 1), 7).status()).isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(TaskStanding.of(task, LocalDate.of(2023, 10, 2), 7).due()).isEqualTo(LocalDate.of(2023, 10, 2));
		assertThat(TaskStanding.of(task, LocalDate.of(2023, 10, 3), 7).status()).isEqualTo(TaskStatus.OVERDUE);
	}

	@Test
	void theTwentyFifthOnASundayIsLateOnMondayUnderTheDefaultRule() {
		Deadline the25th = new Deadline.Monthly(25);
		LocalDate start = LocalDate.of(2023, 6, 1);
		TaskStanding.Recorded keep = new TaskStanding.Recorded(the25th, WeekendRule.KEEP, start, null,
				TaskStatus.NOT_STARTED, null);
		TaskStanding.Recorded monday = new TaskStanding.Recorded(the25th, WeekendRule.NEXT_MONDAY, start, null,
				TaskStatus.NOT_STARTED, null);
		LocalDate mondayThe26th = LocalDate.of(2023, 6, 26);
		assertThat(TaskStanding.of(keep, mondayThe26th, 7).status()).isEqualTo(TaskStatus.OVERDUE);
		assertThat(TaskStanding.of(monday, mondayThe26th, 7).status()).isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(TaskStanding.of(monday, mondayThe26th.plusDays(1), 7).status()).isEqualTo(TaskStatus.OVERDUE);
	}

	@Test
	void aWeeklyFridayTaskIsOverdueOnSaturday() {
		TaskStanding.Recorded task = recorded(new Deadline.Weekly(DayOfWeek.FRIDAY), TaskStatus.NOT_STARTED, null);
		assertThat(standing(task, new MovingClock("2023-08-04")).status()).isEqualTo(TaskStatus.NOT_STARTED);
		TaskStanding saturday = standing(task, new MovingClock("2023-08-05"));
		assertThat(saturday.status()).isEqualTo(TaskStatus.OVERDUE);
		assertThat(saturday.openCycle()).isEqualTo(new Cycle(LocalDate.of(2023, 7, 31), LocalDate.of(2023, 8, 6)));
	}

	@Test
	void aYearlyTaskOnThe29thOfFebruaryIsDueOnThe28thInCommonYears() {
		TaskStanding.Recorded task = new TaskStanding.Recorded(new Deadline.Yearly(MonthDay.of(2, 29)), WeekendRule.KEEP,
				LocalDate.of(2023, 1, 1), null, TaskStatus.NOT_STARTED, null);
		assertThat(TaskStanding.of(task, LocalDate.of(2023, 2, 28), 7).status()).isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(TaskStanding.of(task, LocalDate.of(2023, 3, 1), 7).status()).isEqualTo(TaskStatus.OVERDUE);
		TaskStanding.Recorded done2023 = new TaskStanding.Recorded(new Deadline.Yearly(MonthDay.of(2, 29)),
				WeekendRule.KEEP, LocalDate.of(2023, 1, 1), null, TaskStatus.NOT_STARTED, LocalDate.of(2023, 1, 1));
		assertThat(TaskStanding.of(done2023, LocalDate.of(2024, 2, 29), 7).status()).isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(TaskStanding.of(done2023, LocalDate.of(2024, 2, 29), 7).due()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(TaskStanding.of(done2023, LocalDate.of(2024, 3, 1), 7).status()).isEqualTo(TaskStatus.OVERDUE);
	}

	@Test
	void aQuarterlyTaskIsDueOnTheQuartersLastDay() {
		TaskStanding.Recorded task = new TaskStanding.Recorded(new Deadline.Quarterly(Deadline.LAST), WeekendRule.KEEP,
				LocalDate.of(2025, 1, 1), null, TaskStatus.NOT_STARTED, LocalDate.of(2025, 1, 1));
		TaskStanding may = TaskStanding.of(task, LocalDate.of(2025, 5, 10), 7);
		assertThat(may.due()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(may.status()).isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(TaskStanding.of(task, LocalDate.of(2025, 7, 1), 7).status()).isEqualTo(TaskStatus.OVERDUE);
	}

	@Test
	void nothingIsLeftOnceTheLastCycleBeforeTheEndIsDone() {
		TaskStanding.Recorded task = new TaskStanding.Recorded(new Deadline.Monthly(Deadline.LAST), WeekendRule.KEEP,
				PLAN_295, LocalDate.of(2023, 12, 31), TaskStatus.NOT_STARTED, LocalDate.of(2023, 12, 1));
		TaskStanding later = TaskStanding.of(task, LocalDate.of(2026, 11, 23), 7);
		assertThat(later.status()).isEqualTo(TaskStatus.DONE);
		assertThat(later.due()).isNull();
		TaskStanding.Recorded novemberDone = new TaskStanding.Recorded(new Deadline.Monthly(Deadline.LAST),
				WeekendRule.KEEP, PLAN_295, LocalDate.of(2023, 12, 31), TaskStatus.NOT_STARTED, LocalDate.of(2023, 11, 1));
		TaskStanding stillDecember = TaskStanding.of(novemberDone, LocalDate.of(2026, 11, 23), 7);
		assertThat(stillDecember.status()).isEqualTo(TaskStatus.OVERDUE);
		assertThat(stillDecember.missedCycles()).isEqualTo(1);
	}
}
