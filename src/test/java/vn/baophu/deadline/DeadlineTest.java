package vn.baophu.deadline;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baophu.task.TaskSettings;
import vn.baophu.timeliness.ReportingRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The due dates of every kind of deadline, read against a fixed clock: across month ends (31 → 30, 28,
 * 29), leap years (29/02 every year), quarters, weeks, and the 25th falling on a weekend under each
 * weekend rule. The rule the application uses by default is {@link WeekendRule#KEEP}: a deadline on a
 * Saturday or Sunday stays on that date.
 */
class DeadlineTest {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** "Today" by a fixed clock at 10:00 Vietnam time. */
	private static LocalDate today(String date) {
		Clock clock = Clock.fixed(LocalDate.parse(date).atTime(10, 0).atZone(VIETNAM).toInstant(), VIETNAM);
		return LocalDate.now(clock);
	}

	private static LocalDate date(String date) {
		return LocalDate.parse(date);
	}

	@Nested
	class Monthly {

		@ParameterizedTest(name = "day {0} in the month of {1} is due {2}")
		@CsvSource({ "31, 2023-01-10, 2023-01-31", "31, 2023-04-02, 2023-04-30", "31, 2023-02-01, 2023-02-28",
				"31, 2024-02-29, 2024-02-29", "30, 2023-02-14, 2023-02-28", "30, 2024-02-14, 2024-02-29",
				"29, 2023-02-28, 2023-02-28", "29, 2024-02-01, 2024-02-29", "29, 2100-02-01, 2100-02-28",
				"25, 2023-06-03, 2023-06-25", "25, 2023-06-30, 2023-06-25", "1, 2023-12-31, 2023-12-01",
				"0, 2023-04-15, 2023-04-30", "0, 2023-02-15, 2023-02-28", "0, 2024-02-15, 2024-02-29",
				"0, 2023-12-01, 2023-12-31" })
		void aShortMonthEndsTheCycleOnItsLastDay(int day, String on, LocalDate due) {
			assertThat(new Deadline.Monthly(day).dueFor(today(on), WeekendRule.KEEP)).isEqualTo(due);
		}

		@Test
		void theCycleIsTheCalendarMonth() {
			Cycle cycle = new Deadline.Monthly(25).cycleOf(today("2024-02-10"));
			assertThat(cycle).isEqualTo(new Cycle(date("2024-02-01"), date("2024-02-29")));
			assertThat(new Deadline.Monthly(25).next(cycle)).isEqualTo(new Cycle(date("2024-03-01"), date("2024-03-31")));
			assertThat(new Deadline.Monthly(25).previous(cycle)).isEqualTo(new Cycle(date("2024-01-01"), date("2024-01-31")));
		}

		@Test
		void theNextDueDateAfterThe25thIsInTheNextMonth() {
			Deadline the25th = new Deadline.Monthly(25);
			assertThat(the25th.nextDue(today("2023-06-25"), WeekendRule.KEEP)).isEqualTo(date("2023-06-25"));
			assertThat(the25th.nextDue(today("2023-06-26"), WeekendRule.KEEP)).isEqualTo(date("2023-07-25"));
			assertThat(the25th.nextDue(today("2023-12-26"), WeekendRule.KEEP)).isEqualTo(date("2024-01-25"));
		}

		@Test
		void aDayOutsideTheMonthIsRefused() {
			assertThatThrownBy(() -> new Deadline.Monthly(32)).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> new Deadline.Monthly(-1)).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Nested
	class Quarterly {

		@ParameterizedTest(name = "day {0} of the quarter of {1} is due {2}")
		@CsvSource({ "0, 2025-01-15, 2025-03-31", "0, 2025-05-31, 2025-06-30", "0, 2025-07-01, 2025-09-30",
				"0, 2025-12-31, 2025-12-31", "31, 2025-04-01, 2025-06-30", "31, 2025-08-01, 2025-09-30",
				"15, 2025-02-01, 2025-03-15", "15, 2025-11-20, 2025-12-15", "20, 2024-01-05, 2024-03-20" })
		void theDayIsInTheLastMonthOfTheQuarter(int day, String on, LocalDate due) {
			assertThat(new Deadline.Quarterly(day).dueFor(today(on), WeekendRule.KEEP)).isEqualTo(due);
		}

		@Test
		void theCycleIsTheQuarter() {
			assertThat(new Deadline.Quarterly(0).cycleOf(today("2024-02-29")))
				.isEqualTo(new Cycle(date("2024-01-01"), date("2024-03-31")));
			assertThat(new Deadline.Quarterly(0).cycleOf(today("2024-11-01")))
				.isEqualTo(new Cycle(date("2024-10-01"), date("2024-12-31")));
		}
	}

	@Nested
	class Yearly {

		@ParameterizedTest(name = "{0} in {1} is due {2}")
		@CsvSource({ "29/02, 2023-06-01, 2023-02-28", "29/02, 2024-06-01, 2024-02-29", "29/02, 2100-01-01, 2100-02-28",
				"29/02, 2000-12-31, 2000-02-29", "15/12, 2025-01-01, 2025-12-15", "15/03, 2026-03-16, 2026-03-15",
				"31/12, 2023-07-31, 2023-12-31" })
		void the29thOfFebruaryIsThe28thInAYearThatIsNotALeapYear(String dayMonth, String on, LocalDate due) {
			Deadline yearly = DeadlineText.parse("yearly", dayMonth);
			assertThat(yearly.dueFor(today(on), WeekendRule.KEEP)).isEqualTo(due);
		}

		@Test
		void theCycleIsTheCalendarYear() {
			Deadline yearly = new Deadline.Yearly(MonthDay.of(12, 15));
			assertThat(yearly.cycleOf(today("2024-07-01"))).isEqualTo(new Cycle(date("2024-01-01"), date("2024-12-31")));
			assertThat(yearly.nextDue(today("2025-12-16"), WeekendRule.KEEP)).isEqualTo(date("2026-12-15"));
		}
	}

	@Nested
	class Weekly {

		@Test
		void theCycleIsAnIsoWeekFromMondayToSunday() {
			Deadline friday = new Deadline.Weekly(DayOfWeek.FRIDAY);
			assertThat(friday.cycleOf(today("2023-08-06"))).isEqualTo(new Cycle(date("2023-07-31"), date("2023-08-06")));
			assertThat(friday.dueFor(today("2023-07-31"), WeekendRule.KEEP)).isEqualTo(date("2023-08-04"));
			assertThat(friday.dueFor(today("2023-08-06"), WeekendRule.KEEP)).isEqualTo(date("2023-08-04"));
			assertThat(friday.nextDue(today("2023-08-05"), WeekendRule.KEEP)).isEqualTo(date("2023-08-11"));
		}

		@Test
		void aWeeklyDeadlineKeepsItsWeekdayWhateverTheWeekendRule() {
			Deadline saturday = new Deadline.Weekly(DayOfWeek.SATURDAY);
			assertThat(saturday.dueFor(today("2023-08-01"), WeekendRule.NEXT_MONDAY)).isEqualTo(date("2023-08-05"));
			assertThat(saturday.dueFor(today("2023-08-01"), WeekendRule.PREVIOUS_FRIDAY)).isEqualTo(date("2023-08-05"));
		}

		@Test
		void aWeekAcrossTheYearEndIsOneCycle() {
			Deadline monday = new Deadline.Weekly(DayOfWeek.MONDAY);
			assertThat(monday.cycleOf(today("2025-01-01"))).isEqualTo(new Cycle(date("2024-12-30"), date("2025-01-05")));
			assertThat(monday.dueFor(today("2025-01-01"), WeekendRule.KEEP)).isEqualTo(date("2024-12-30"));
		}
	}

	@Nested
	class OnDate {

		@Test
		void aOneOffDeadlineIsItsDateWhateverTheDay() {
			Deadline once = new Deadline.OnDate(date("2023-12-31"));
			assertThat(once.dueFor(today("2023-01-01"), WeekendRule.KEEP)).isEqualTo(date("2023-12-31"));
			assertThat(once.dueFor(today("2026-11-23"), WeekendRule.KEEP)).isEqualTo(date("2023-12-31"));
			assertThat(once.recurring()).isFalse();
			assertThat(once.next(once.cycleOf(today("2023-01-01")))).isEqualTo(new Cycle(date("2023-12-31"), date("2023-12-31")));
		}
	}

	/**
	 * "Before the 25th of every month" when the 25th is a weekend day: June 2023 (Sunday), November 2023
	 * (Saturday), February 2024 (Sunday), May 2024 (Saturday).
	 */
	@Nested
	class TheTwentyFifthOnAWeekend {

		@ParameterizedTest(name = "{0}: keep {1}, previous Friday {2}, next Monday {3}")
		@CsvSource({ "2023-06-10, 2023-06-25, 2023-06-23, 2023-06-26", "2023-11-10, 2023-11-25, 2023-11-24, 2023-11-27",
				"2024-02-10, 2024-02-25, 2024-02-23, 2024-02-26", "2024-05-10, 2024-05-25, 2024-05-24, 2024-05-27",
				"2023-07-10, 2023-07-25, 2023-07-25, 2023-07-25" })
		void eachRuleMovesItOrNot(String on, LocalDate keep, LocalDate friday, LocalDate monday) {
			Deadline the25th = new Deadline.Monthly(25);
			assertThat(the25th.dueFor(today(on), WeekendRule.KEEP)).isEqualTo(keep);
			assertThat(the25th.dueFor(today(on), WeekendRule.PREVIOUS_FRIDAY)).isEqualTo(friday);
			assertThat(the25th.dueFor(today(on), WeekendRule.NEXT_MONDAY)).isEqualTo(monday);
		}

		@Test
		void theDefaultRuleKeepsTheDate() {
			assertThat(new TaskSettings(25, 0, WeekendRule.KEEP, 7).weekendRule()).isEqualTo(WeekendRule.KEEP);
			assertThat(new ReportingRule(25, 0, WeekendRule.KEEP).dueFor(java.time.YearMonth.of(2023, 6)))
				.isEqualTo(date("2023-06-25"));
		}

		@Test
		void aMonthEndOnASaturdayMovesIntoTheNextMonthOnMonday() {
			Deadline last = new Deadline.Monthly(Deadline.LAST);
			assertThat(last.dueFor(today("2023-09-10"), WeekendRule.NEXT_MONDAY)).isEqualTo(date("2023-10-02"));
			assertThat(last.dueFor(today("2023-09-10"), WeekendRule.PREVIOUS_FRIDAY)).isEqualTo(date("2023-09-29"));
			assertThat(new Deadline.OnDate(date("2023-12-31")).dueFor(today("2023-12-01"), WeekendRule.NEXT_MONDAY))
				.isEqualTo(date("2024-01-01"));
		}

		@Test
		void aReportingRuleCanPointAtTheNextMonth() {
			ReportingRule fifthOfNext = new ReportingRule(5, 1, WeekendRule.PREVIOUS_FRIDAY);
			// 5 November 2023 is a Sunday
			assertThat(fifthOfNext.dueFor(java.time.YearMonth.of(2023, 10))).isEqualTo(date("2023-11-03"));
			assertThat(new ReportingRule(0, 0, WeekendRule.KEEP).dueFor(java.time.YearMonth.of(2024, 2)))
				.isEqualTo(date("2024-02-29"));
		}
	}
}
