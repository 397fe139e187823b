package vn.baophu.task;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.baophu.deadline.Deadline;
import vn.baophu.deadline.DeadlineText;
import vn.baophu.deadline.WeekendRule;
import vn.baophu.timeliness.ReportingRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Every row of the demo task files parses, and every deadline rule in them is understood: the Càng
 * Long plan (src/main/resources/demo/tasks.csv) and the Đồng Tháp and Gia Lai directives
 * (src/test/resources/tasks/, copied from the shared demo folder, which is compared when present).
 */
class TaskCsvTest {

	private static final Path SHARED = Path.of("..", "shared", "data", "demo");

	private static byte[] resource(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static List<TaskImportLine> parse(byte[] content) {
		TaskCsv.Parsed parsed = TaskCsv.read(content);
		assertThat(parsed.problems()).isEmpty();
		return parsed.lines();
	}

	@Test
	void everyRowOfTheCangLongPlanParses() throws IOException {
		List<TaskImportLine> lines = parse(resource("demo/tasks.csv"));
		assertThat(lines).hasSize(8);
		assertThat(lines).extracting(TaskImportLine::deadline).containsExactly(new Deadline.Weekly(DayOfWeek.FRIDAY),
				new Deadline.Monthly(Deadline.LAST), new Deadline.OnDate(LocalDate.of(2023, 12, 31)),
				new Deadline.OnDate(LocalDate.of(2023, 12, 31)), new Deadline.OnDate(LocalDate.of(2023, 12, 31)),
				new Deadline.OnDate(LocalDate.of(2023, 12, 31)), new Deadline.OnDate(LocalDate.of(2023, 12, 31)),
				new Deadline.Monthly(Deadline.LAST));
		DirectiveDraft plan = lines.get(0).directive();
		assertThat(plan.number()).isEqualTo("295/KH-BCĐ");
		assertThat(plan.issued()).isEqualTo(DirectiveDate.of(LocalDate.of(2023, 7, 31)));
		assertThat(plan.kind()).isEqualTo(DirectiveKind.KE_HOACH);
		assertThat(lines).extracting(line -> line.directive()).containsOnly(plan);
		assertThat(lines.get(5).assigneeUnitCode()).isEqualTo("29278");
		assertThat(lines.get(5).assignee()).isEqualTo("UBND xã Huyền Hội");
		assertThat(lines.get(7).assignee()).isEqualTo("UBND các xã, thị trấn");
		assertThat(lines).extracting(TaskImportLine::row).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
	}

	@Test
	void everyDeadlineRuleOfTheOtherProvincesIsUnderstood() throws IOException {
		List<TaskImportLine> lines = parse(resource("tasks/tasks-other-provinces.csv"));
		assertThat(lines).hasSize(7);
		assertThat(lines).extracting(TaskImportLine::deadline).containsExactly(new Deadline.Monthly(25),
				new Deadline.Monthly(Deadline.LAST), new Deadline.OnDate(LocalDate.of(2022, 12, 31)),
				new Deadline.Yearly(MonthDay.of(12, 15)), new Deadline.Quarterly(Deadline.LAST),
				new Deadline.Yearly(MonthDay.of(12, 15)), new Deadline.Yearly(MonthDay.of(3, 15)));
		// the date is only a year and the number only its reference: kept as given
		DirectiveDraft dongThap = lines.get(0).directive();
		assertThat(dongThap.number()).isEqualTo("/UBND-THVX");
		assertThat(dongThap.issued()).isEqualTo(new DirectiveDate(2022, null));
		assertThat(dongThap.issued().text()).isEqualTo("2022");
		assertThat(dongThap.issued().startsOn()).isEqualTo(LocalDate.of(2022, 1, 1));
		assertThat(dongThap.kind()).isEqualTo(DirectiveKind.CONG_VAN);
		DirectiveDraft giaLai = lines.get(3).directive();
		assertThat(giaLai.number()).isEqualTo("/CT-UBND");
		assertThat(giaLai.kind()).isEqualTo(DirectiveKind.CHI_THI);
		assertThat(giaLai.issued()).isEqualTo(new DirectiveDate(2025, null));
	}

	@Test
	void theOtherProvincesDeadlinesFallWhereTheirDirectivesSay() throws IOException {
		List<TaskImportLine> lines = parse(resource("tasks/tasks-other-provinces.csv"));
		WeekendRule keep = WeekendRule.KEEP;
		// "trước ngày 25 hằng tháng": June 2023's is a Sunday and stays there by default
		assertThat(lines.get(0).deadline().dueFor(LocalDate.of(2023, 6, 1), keep)).isEqualTo(LocalDate.of(2023, 6, 25));
		// "vào ngày cuối của tháng báo cáo"
		assertThat(lines.get(1).deadline().dueFor(LocalDate.of(2024, 2, 1), keep)).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(lines.get(2).deadline().dueFor(LocalDate.of(2022, 3, 1), keep)).isEqualTo(LocalDate.of(2022, 12, 31));
		// "chậm nhất ngày 15/12 hằng năm", "hoàn thành trước 15/12"
		assertThat(lines.get(3).deadline().dueFor(LocalDate.of(2025, 6, 1), keep)).isEqualTo(LocalDate.of(2025, 12, 15));
		assertThat(lines.get(5).deadline().dueFor(LocalDate.of(2026, 1, 1), keep)).isEqualTo(LocalDate.of(2026, 12, 15));
		// every quarter: the quarter's last day
		assertThat(lines.get(4).deadline().dueFor(LocalDate.of(2025, 8, 1), keep)).isEqualTo(LocalDate.of(2025, 9, 30));
		// "trước ngày 15 tháng 3": 15/03/2025 is a Saturday
		assertThat(lines.get(6).deadline().dueFor(LocalDate.of(2025, 1, 1), keep)).isEqualTo(LocalDate.of(2025, 3, 15));
		assertThat(lines.get(6).deadline().dueFor(LocalDate.of(2025, 1, 1), WeekendRule.PREVIOUS_FRIDAY))
			.isEqualTo(LocalDate.of(2025, 3, 14));
		assertThat(new ReportingRule(25, 0, keep).dueFor(YearMonth.of(2023, 6)))
			.isEqualTo(lines.get(0).deadline().dueFor(LocalDate.of(2023, 6, 1), keep));
	}

	@Test
	void theCopiesAreTheSharedDemoFilesWhenThoseArePresent() throws IOException {
		// Optional by design: ../shared exists on the development machines only, and a clone elsewhere
		// must pass without it; the copies in the repository are parsed by the other tests regardless.
		assumeThat(Files.isDirectory(SHARED)).as("the shared demo folder beside the repository").isTrue();
		assertThat(resource("tasks/tasks-other-provinces.csv"))
			.isEqualTo(Files.readAllBytes(SHARED.resolve("tasks-other-provinces.csv")));
		assertThat(resource("demo/tasks.csv")).isEqualTo(Files.readAllBytes(SHARED.resolve("cang-long-2023/tasks.csv")));
		parse(Files.readAllBytes(SHARED.resolve("tasks-other-provinces.csv")));
	}

	@Test
	void deadlinesAreWrittenBackAsTheFilesWriteThem() {
		for (String[] cell : new String[][] { { "weekly", "friday" }, { "monthly", "last" }, { "monthly", "25" },
				{ "quarterly", "last" }, { "yearly", "15/12" }, { "none", "31/12/2023" } }) {
			assertThat(DeadlineText.due(DeadlineText.parse(cell[0], cell[1]))).isEqualTo(cell[1]);
		}
		assertThat(DeadlineText.parse("hằng tuần", "Thứ Sáu")).isEqualTo(new Deadline.Weekly(DayOfWeek.FRIDAY));
		assertThat(DeadlineText.parse("Hằng tháng", "cuối tháng")).isEqualTo(new Deadline.Monthly(Deadline.LAST));
		assertThat(DeadlineText.parse("weekly", "CN")).isEqualTo(new Deadline.Weekly(DayOfWeek.SUNDAY));
		assertThat(DeadlineText.parse("yearly", "29/02")).isEqualTo(new Deadline.Yearly(MonthDay.of(2, 29)));
	}

	@Test
	void badRowsAreNamedByRowAndField() {
		String csv = """
				directive_number,directive_date,issuer,directive_kind,directive_title,assignee,assignee_unit_code,task,recurrence,due
				1/KH,31/07/2023,UBND,kế hoạch,Kế hoạch A,Phòng A,,Việc 1,monthly,25
				1/KH,31/07/2023,UBND,công văn,Kế hoạch A,Phòng B,,Việc 2,none,31/12/2023
				2/KH,31/13/2023,UBND,kế hoạch,Kế hoạch B,Phòng C,,Việc 3,yearly,31/02
				3/KH,2024,UBND,nghị quyết,Kế hoạch C,,,Việc 4,daily,x
				4/KH,2024,UBND,chỉ thị,D,Phòng D,,Việc 5,weekly,someday
				4/KH,2024,UBND,chỉ thị,D,Phòng D,,Việc 5,weekly,friday
				4/KH,2024,UBND,chỉ thị,D,Phòng D,,Việc 5,weekly,friday
				5/KH,2024,UBND,chỉ thị,E,Phòng E,,Việc 6,monthly,32
				""";
		List<TaskCsv.Problem> problems = TaskCsv.read(csv.getBytes(StandardCharsets.UTF_8)).problems();
		assertThat(problems).extracting(p -> p.row() + ":" + p.field() + ":" + p.key()).containsExactly(
				"3:directive_kind:task.import.error.otherKind",
				"4:directive_date:task.import.error.directiveDate", "4:due:task.error.dueDayMonth",
				"5:directive_kind:task.import.error.kind", "5:assignee:task.error.required",
				"5:recurrence:task.error.recurrence", "6:due:task.error.dueWeekday", "8:task:task.import.error.duplicate",
				"9:due:task.error.dueDay");
	}

	@Test
	void aFileWithoutAColumnOrRowsOrInAnotherEncodingIsRefusedAsAWhole() {
		assertThat(TaskCsv.read("directive_number,issuer\n1,2\n".getBytes(StandardCharsets.UTF_8)).problems())
			.extracting(TaskCsv.Problem::field)
			.contains("directive_date", "directive_kind", "due");
		assertThat(TaskCsv.read(new byte[0]).problems()).extracting(TaskCsv.Problem::key)
			.containsExactly("task.import.error.empty");
		assertThat(TaskCsv.read("directive_number;x\n".getBytes(StandardCharsets.UTF_8)).problems()).isNotEmpty();
		byte[] latin1 = "directive_number,issuer\nXã,x\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(TaskCsv.read(latin1).problems()).extracting(TaskCsv.Problem::key)
			.containsExactly("task.import.error.encoding");
	}
}
