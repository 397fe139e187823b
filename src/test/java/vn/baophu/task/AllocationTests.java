package vn.baophu.task;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.allocation.AllocationLine;
import vn.baophu.allocation.AllocationService;
import vn.baophu.deadline.Deadline;
import vn.baophu.figures.FiguresService;
import vn.baophu.figures.MonthlyCounts;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.baophu.task.TaskUsers.ADMIN;

/**
 * Target allocation from the Càng Long gap table of June 2023: the numbers the plan gives its communes
 * ("Vận động thêm 2.362 người tham gia BHYT, 170 người BHXH bắt buộc, 115 người BHXH tự nguyện, 135
 * người BHTN" for Huyền Hội), and each commune's progress as new months come in.
 */
@BaophuTest
@Transactional
class AllocationTests {

	private static final YearMonth JUNE = YearMonth.of(2023, 6);
	private static final Locale VI = Locale.forLanguageTag("vi-VN");

	@Autowired
	UnitService units;

	@Autowired
	AllocationService allocations;

	@Autowired
	DirectiveService directives;

	@Autowired
	TaskService tasks;

	@Autowired
	FiguresService figures;

	private UnitRef district() {
		return units.require("844");
	}

	private long plan295() {
		return directives.directivesUnder(district(), ADMIN).stream()
			.filter(d -> d.number().equals("295/KH-BCĐ"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void eachCommuneGetsWhatThePlanGivesIt() {
		List<AllocationLine> lines = allocations.plan(district(), JUNE, null, ADMIN);
		assertThat(lines).hasSize(14);
		AllocationLine huyenHoi = line(lines, "29278");
		assertThat(huyenHoi.remaining()).isEqualTo(new SchemeCounts(2362L, 170L, 115L, 135L));
		assertThat(huyenHoi.baseline()).isEqualTo(new SchemeCounts(12350L, 1144L, 378L, 1124L));
		assertThat(line(lines, "29290").remaining()).isEqualTo(new SchemeCounts(1608L, 162L, 85L, 157L));
		// An Trường A is 75 people above its BHYT target: nothing to allocate there
		assertThat(line(lines, "29272").remaining().bhyt()).isNull();
	}

	@Test
	void oneStepCreatesATaskPerCommuneAndProgressFollowsTheMonths() {
		long plan = plan295();
		AllocationService.Outcome outcome = allocations.allocate(district(), JUNE, plan, LocalDate.of(2023, 12, 31), ADMIN,
				VI);
		List<AllocationLine> allocatable = allocations.plan(district(), JUNE, null, ADMIN).stream()
			.filter(AllocationLine::allocatable)
			.toList();
		assertThat(outcome.created()).hasSize(allocatable.size());
		assertThat(outcome.skippedCodes()).isEmpty();

		TaskView huyenHoi = allocationTask(plan, "29278");
		assertThat(huyenHoi.assigneeName()).isEqualTo("UBND xã Huyền Hội");
		assertThat(huyenHoi.description()).isEqualTo("Vận động thêm 2.362 người tham gia BHYT, 170 người BHXH bắt buộc, "
				+ "115 người BHXH tự nguyện, 135 người BHTN (hạn 31/12/2023)");
		assertThat(huyenHoi.deadline()).isEqualTo(new Deadline.OnDate(LocalDate.of(2023, 12, 31)));
		AllocationProgress june = huyenHoi.allocation();
		assertThat(june.asOf()).isEqualTo(JUNE);
		assertThat(june.schemes()).extracting(SchemeProgress::scheme, SchemeProgress::allocated, SchemeProgress::enrolled)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("BHYT", 2362L, 0L),
					org.assertj.core.groups.Tuple.tuple("BHXH_BB", 170L, 0L),
					org.assertj.core.groups.Tuple.tuple("BHXH_TN", 115L, 0L),
					org.assertj.core.groups.Tuple.tuple("BHTN", 135L, 0L));

		UnitRef commune = units.require("29278");
		figures.save(List.of(new MonthlyCounts(commune.id(), YearMonth.of(2023, 7), 12350L + 1181, 1144L + 17,
				378L + 115, 1124L + 20)), "test");
		AllocationProgress july = allocationTask(plan, "29278").allocation();
		assertThat(july.asOf()).isEqualTo(YearMonth.of(2023, 7));
		assertThat(july.schemes()).extracting(SchemeProgress::enrolled).containsExactly(1181L, 17L, 115L, 20L);
		assertThat(july.schemes().get(0).percent()).isEqualByComparingTo("50.000000");
		assertThat(july.schemes().get(2).reached()).isTrue();
		// a commune without July figures is measured by its latest month, June
		AllocationProgress town = allocationTask(plan, "29266").allocation();
		assertThat(town.asOf()).isEqualTo(JUNE);
		assertThat(town.schemes()).extracting(SchemeProgress::enrolled).containsOnly(0L);
	}

	@Test
	void allocatingTheSameMonthAgainUnderTheSameDirectiveSkipsTheCommunes() {
		long plan = plan295();
		int created = allocations.allocate(district(), JUNE, plan, LocalDate.of(2023, 12, 31), ADMIN, VI).created().size();
		AllocationService.Outcome again = allocations.allocate(district(), JUNE, plan, LocalDate.of(2023, 12, 31), ADMIN,
				VI);
		assertThat(again.created()).isEmpty();
		assertThat(again.skippedCodes()).hasSize(created);
		assertThat(allocations.plan(district(), JUNE, plan, ADMIN)).filteredOn(AllocationLine::allocatedBefore)
			.hasSize(created);
	}

	@Test
	void onlyThoseWhoManageTheDistrictAllocate() {
		assertThatThrownBy(() -> allocations.allocate(district(), JUNE, plan295(), LocalDate.of(2023, 12, 31),
				TaskUsers.of(units, Role.LEADER, "844"), VI)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> allocations.allocate(district(), JUNE, plan295(), LocalDate.of(2023, 12, 31),
				TaskUsers.of(units, Role.DISTRICT_OFFICIAL, "844"), VI)).isInstanceOf(AccessDeniedException.class);
		assertThat(allocations.directivesFor(district(), ADMIN)).extracting(DirectiveView::number).contains("295/KH-BCĐ");
		assertThat(allocations.directivesFor(district(), TaskUsers.of(units, Role.LEADER, "844"))).isEmpty();
	}

	private static AllocationLine line(List<AllocationLine> lines, String code) {
		return lines.stream().filter(line -> line.unit().code().equals(code)).findFirst().orElseThrow();
	}

	private TaskView allocationTask(long plan, String code) {
		return tasks.tasksOf(plan, ADMIN).stream()
			.filter(task -> task.allocation() != null && code.equals(task.assigneeUnitCode()))
			.findFirst()
			.orElseThrow();
	}
}
