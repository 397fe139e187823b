package vn.baophu.imports;

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
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.deadline.Deadline;
import vn.baophu.deadline.DeadlineText;
import vn.baophu.deadline.WeekendRule;
import vn.baophu.support.BaophuTest;
import vn.baophu.task.DirectiveDate;
import vn.baophu.task.DirectiveDraft;
import vn.baophu.task.DirectiveKind;
import vn.baophu.task.DirectiveService;
import vn.baophu.task.DirectiveView;
import vn.baophu.task.TaskFiles;
import vn.baophu.timeliness.ReportingRule;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A task file is one more kind of import: every row of the demo task files reads, and every deadline
 * rule in them is understood (the Càng Long plan, src/main/resources/demo/tasks.csv, and the Đồng Tháp
 * and Gia Lai directives, src/test/resources/tasks/, copied from the shared demo folder, which is
 * compared when present); bad rows are named by row and field, the assignee unit is held to the task
 * module's rule, and importing the same file again changes nothing. (Moved from the task module's
 * TaskCsvTest, TaskInputRulesTests and TaskServiceTests with the classes they tested.)
 */
@BaophuTest
@Transactional
class TaskImportTests {

	private static final Path SHARED = Path.of("..", "shared", "data", "demo");
	private static final Locale VI = Locale.forLanguageTag("vi-VN");
	private static final SignedInUser ADMIN = new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true);

	@Autowired
	TasksCheck check;

	@Autowired
	ImportService imports;

	@Autowired
	UnitService units;

	@Autowired
	DirectiveService directives;

	private UnitRef district() {
		return units.require("844");
	}

	private static byte[] resource(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
	}

	private TasksCheck.Read read(byte[] content) {
		return check.read(TabularFile.read("tasks.csv", content), district());
	}

	private List<TaskFiles.Line> parse(byte[] content) {
		TasksCheck.Read read = read(content);
		assertThat(read.errors()).isEmpty();
		return read.lines();
	}

	@Test
	void everyRowOfTheCangLongPlanParses() throws IOException {
		List<TaskFiles.Line> lines = parse(resource("demo/tasks.csv"));
		assertThat(lines).hasSize(8);
		assertThat(lines).extracting(line -> line.task().deadline()).containsExactly(new Deadline.Weekly(DayOfWeek.FRIDAY),
				new Deadline.Monthly(Deadline.LAST), new Deadline.OnDate(LocalDate.of(2023, 12, 31)),
				new Deadline.OnDate(LocalDate.of(2023, 12, 31)), new Deadline.OnDate(LocalDate.of(2023, 12, 31)),
				new Deadline.OnDate(LocalDate.of(2023, 12, 31)), new Deadline.OnDate(LocalDate.of(2023, 12, 31)),
				new Deadline.Monthly(Deadline.LAST));
		DirectiveDraft plan = lines.get(0).directive();
		assertThat(plan.number()).isEqualTo("295/KH-BCĐ");
		assertThat(plan.issued()).isEqualTo(DirectiveDate.of(LocalDate.of(2023, 7, 31)));
		assertThat(plan.kind()).isEqualTo(DirectiveKind.KE_HOACH);
		assertThat(lines).extracting(line -> line.directive()).containsOnly(plan);
		assertThat(lines.get(5).task().assigneeUnitId()).isEqualTo(units.require("29278").id());
		assertThat(lines.get(5).task().assigneeName()).isEqualTo("UBND xã Huyền Hội");
		assertThat(lines.get(7).task().assigneeName()).isEqualTo("UBND các xã, thị trấn");
		assertThat(lines).extracting(TaskFiles.Line::row).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
	}

	@Test
	void everyDeadlineRuleOfTheOtherProvincesIsUnderstood() throws IOException {
		List<TaskFiles.Line> lines = parse(resource("tasks/tasks-other-provinces.csv"));
		assertThat(lines).hasSize(7);
		assertThat(lines).extracting(line -> line.task().deadline()).containsExactly(new Deadline.Monthly(25),
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
		List<Deadline> deadlines = parse(resource("tasks/tasks-other-provinces.csv")).stream()
			.map(line -> line.task().deadline())
			.toList();
		WeekendRule keep = WeekendRule.KEEP;
		// "trước ngày 25 hằng tháng": June 2023's is a Sunday and stays there by default
		assertThat(deadlines.get(0).dueFor(LocalDate.of(2023, 6, 1), keep)).isEqualTo(LocalDate.of(2023, 6, 25));
		// "vào ngày cuối của tháng báo cáo"
		assertThat(deadlines.get(1).dueFor(LocalDate.of(2024, 2, 1), keep)).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(deadlines.get(2).dueFor(LocalDate.of(2022, 3, 1), keep)).isEqualTo(LocalDate.of(2022, 12, 31));
		// "chậm nhất ngày 15/12 hằng năm", "hoàn thành trước 15/12"
		assertThat(deadlines.get(3).dueFor(LocalDate.of(2025, 6, 1), keep)).isEqualTo(LocalDate.of(2025, 12, 15));
		assertThat(deadlines.get(5).dueFor(LocalDate.of(2026, 1, 1), keep)).isEqualTo(LocalDate.of(2026, 12, 15));
		// every quarter: the quarter's last day
		assertThat(deadlines.get(4).dueFor(LocalDate.of(2025, 8, 1), keep)).isEqualTo(LocalDate.of(2025, 9, 30));
		// "trước ngày 15 tháng 3": 15/03/2025 is a Saturday
		assertThat(deadlines.get(6).dueFor(LocalDate.of(2025, 1, 1), keep)).isEqualTo(LocalDate.of(2025, 3, 15));
		assertThat(deadlines.get(6).dueFor(LocalDate.of(2025, 1, 1), WeekendRule.PREVIOUS_FRIDAY))
			.isEqualTo(LocalDate.of(2025, 3, 14));
		assertThat(new ReportingRule(25, 0, keep).dueFor(YearMonth.of(2023, 6)))
			.isEqualTo(deadlines.get(0).dueFor(LocalDate.of(2023, 6, 1), keep));
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
		// Row 5 names neither an assignee nor a unit: the task module's rule, as on the page and in the API.
		assertThat(read(csv.getBytes(StandardCharsets.UTF_8)).errors())
			.extracting(issue -> issue.row() + ":" + issue.field() + ":" + issue.key())
			.containsExactly("3:directive_kind:task.import.error.otherKind",
					"4:directive_date:task.import.error.directiveDate", "4:due:task.error.dueDayMonth",
					"5:directive_kind:task.import.error.kind", "5:assignee:task.form.assigneeRequired",
					"5:recurrence:task.error.recurrence", "6:due:task.error.dueWeekday",
					"8:task:task.import.error.duplicate", "9:due:task.error.dueDay");
	}

	@Test
	void aFileWithoutAColumnOrRowsOrInAnotherEncodingIsRefusedAsAWhole() {
		String scope = district().path();
		assertThat(imports.preview(ImportKind.TASKS, "t.csv", "directive_number,issuer\n1,2\n".getBytes(StandardCharsets.UTF_8),
				scope, VI).errors()).extracting(ImportProblem::field).contains("directive_date", "directive_kind", "due");
		assertThat(imports.preview(ImportKind.TASKS, "t.csv", new byte[0], scope, VI).errors())
			.extracting(ImportProblem::message)
			.containsExactly("Tệp trống: không có dòng tiêu đề.");
		assertThat(imports.preview(ImportKind.TASKS, "t.csv", "directive_number;x\n".getBytes(StandardCharsets.UTF_8),
				scope, VI).errors()).isNotEmpty();
		byte[] latin1 = "directive_number,issuer\nXã,x\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(imports.preview(ImportKind.TASKS, "t.csv", latin1, scope, VI).errors()).extracting(ImportProblem::message)
			.containsExactly("Tệp CSV không phải mã UTF-8: hãy lưu lại với kiểu mã hóa \"CSV UTF-8\".");
	}

	@Test
	void aTaskFileIsHeldToTheSameUnitRule() {
		String csv = """
				directive_number,directive_date,issuer,directive_kind,directive_title,assignee,assignee_unit_code,task,recurrence,due
				9/KH,31/07/2023,UBND,kế hoạch,Kế hoạch Z,Tỉnh,84,Việc 1,none,31/12/2023
				9/KH,31/07/2023,UBND,kế hoạch,Kế hoạch Z,Xã,99999,Việc 2,none,31/12/2023
				""";
		ImportResult result = imports.preview(ImportKind.TASKS, "tasks.csv", csv.getBytes(StandardCharsets.UTF_8),
				district().path(), VI);
		assertThat(result.errors()).extracting(ImportProblem::message).containsExactly(
				"Dòng 2, cột assignee_unit_code: đơn vị 84 không thuộc Huyện Càng Long.",
				"Dòng 3, cột assignee_unit_code: không có đơn vị mã 99999.");
	}

	@Test
	void importingTheSameFileAgainChangesNothing() throws IOException {
		ImportResult again = imports.importFile(ImportKind.TASKS, "tasks.csv", resource("demo/tasks.csv"), "admin",
				district().path(), VI);
		assertThat(again.saved()).isTrue();
		assertThat(again.imported()).isEqualTo(8);
		assertThat(directives.directivesUnder(district(), ADMIN)).filteredOn(d -> d.number().equals("295/KH-BCĐ"))
			.singleElement()
			.extracting(DirectiveView::tasks)
			.isEqualTo(8);
	}

	@Test
	void aFileWithUnknownOrOutsideUnitsSavesNothingAndNamesRowAndField() {
		String csv = """
				directive_number,directive_date,issuer,directive_kind,directive_title,assignee,assignee_unit_code,task,recurrence,due
				7/KH,01/08/2023,UBND xã,kế hoạch,Kế hoạch xã,Ấp 1,99999,Việc 1,none,31/12/2023
				7/KH,01/08/2023,UBND xã,kế hoạch,Kế hoạch xã,UBND xã Huyền Hội,29278,Việc 2,none,31/12/2023
				7/KH,01/08/2023,UBND xã,kế hoạch,Kế hoạch xã,Ấp 2,,Việc 3,monthly,ngày 40
				""";
		UnitRef town = units.require("29266");
		ImportResult result = imports.importFile(ImportKind.TASKS, "t.csv", csv.getBytes(StandardCharsets.UTF_8), "admin",
				town.path(), VI);
		assertThat(result.saved()).isFalse();
		assertThat(result.errors()).extracting(ImportProblem::message).containsExactly(
				"Dòng 2, cột assignee_unit_code: không có đơn vị mã 99999.",
				"Dòng 3, cột assignee_unit_code: đơn vị 29278 không thuộc Thị trấn Càng Long.",
				"Dòng 4, cột due: hạn \"ngày 40\" phải là ngày từ 1 đến 31, hoặc last.");
		assertThat(directives.directivesUnder(town, ADMIN)).isEmpty();
		assertThat(imports.importFile(ImportKind.TASKS, "t.csv", csv.getBytes(StandardCharsets.UTF_8), "admin", town.path(),
				Locale.ENGLISH).errors().get(0).message()).isEqualTo("Row 2, column assignee_unit_code: there is no unit 99999.");
	}

	@Test
	void onTheImportPageARowNamesTheUnitItsDirectiveIsKeptUnder() {
		String csv = """
				directive_number,directive_date,issuer,directive_kind,directive_title,assignee,assignee_unit_code,task,recurrence,due,unit_code
				8/KH,01/08/2023,UBND xã,kế hoạch,Kế hoạch xã,UBND xã Huyền Hội,29278,Việc 1,none,31/12/2023,844
				8/KH,01/08/2023,UBND xã,kế hoạch,Kế hoạch xã,Ấp 1,,Việc 2,none,31/12/2023,
				""";
		// the whole tree has no unit of its own: a row must name one
		assertThat(imports.preview(ImportKind.TASKS, "t.csv", csv.getBytes(StandardCharsets.UTF_8), null, VI).errors())
			.extracting(problem -> problem.row() + ":" + problem.field())
			.containsExactly("3:unit_code");
		// a user of Thị trấn Càng Long may not keep a directive under the district
		assertThat(imports.preview(ImportKind.TASKS, "t.csv", csv.getBytes(StandardCharsets.UTF_8),
				units.require("29266").path(), VI).errors())
			.extracting(problem -> problem.row() + ":" + problem.field())
			.contains("2:unit_code");
		ImportResult saved = imports.importFile(ImportKind.TASKS, "t.csv",
				csv.replace("31/12/2023,\n", "31/12/2023,844\n").getBytes(StandardCharsets.UTF_8), "admin", null, VI);
		assertThat(saved.imported()).isEqualTo(2);
		assertThat(saved.totals()).containsEntry("directives", 1);
		assertThat(directives.directivesUnder(district(), ADMIN)).filteredOn(d -> d.number().equals("8/KH"))
			.singleElement()
			.extracting(DirectiveView::tasks)
			.isEqualTo(2);
	}
}
