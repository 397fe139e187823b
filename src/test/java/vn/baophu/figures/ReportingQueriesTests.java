package vn.baophu.figures;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.imports.ImportKind;
import vn.baophu.imports.ImportResult;
import vn.baophu.imports.ImportService;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Who reported which month, in the database: the latest complete month (every leaf that existed at the
 * month's end has all four counts), this month's reporting status, and the months still to close. A
 * province of its own (a district of three communes), loaded through the imports; each test rolls back.
 */
@BaophuTest
@Transactional
class ReportingQueriesTests {

	private static final String UNITS = """
			code,name,type,parent_code
			RQP,Tỉnh Thử Báo Cáo,tỉnh,
			RQD,Huyện Thử Báo Cáo,huyện,RQP
			RQA,Xã Thử A,xã,RQD
			RQB,Xã Thử B,xã,RQD
			RQC,Xã Thử C,xã,RQD
			""";

	private static final String HEADER = "unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\n";

	/** January reported by the three communes, February by RQA and RQB only. */
	private static final String JANUARY_ALL_FEBRUARY_WITHOUT_RQC = """
			RQA,2024-01,800,100,20,90
			RQB,2024-01,1500,200,40,180
			RQC,2024-01,700,50,10,40
			RQA,2024-02,805,101,21,91
			RQB,2024-02,1510,201,41,181
			""";

	@Autowired
	ImportService imports;

	@Autowired
	FiguresService figures;

	@Autowired
	MonthStatusService months;

	@Autowired
	MonthClosingRepository closings;

	@Autowired
	UnitService units;

	@BeforeEach
	void province() {
		load(ImportKind.UNITS, UNITS);
	}

	@Test
	void theLatestCompleteMonthIsTheNewestInWhichEveryCommuneReported() {
		load(ImportKind.FIGURES, HEADER + JANUARY_ALL_FEBRUARY_WITHOUT_RQC + """
				RQA,2024-03,810,102,22,92
				""");

		// February lacks RQC, March lacks RQB and RQC.
		assertThat(figures.latestCompleteMonth(path("RQD"))).contains(YearMonth.of(2024, 1));
		assertThat(figures.latestCompleteMonth(path("RQP"))).contains(YearMonth.of(2024, 1));
		// a commune on its own: its newest month
		assertThat(figures.latestCompleteMonth(path("RQA"))).contains(YearMonth.of(2024, 3));
		assertThat(figures.latestCompleteMonth(path("RQC"))).contains(YearMonth.of(2024, 1));
	}

	@Test
	void aCommuneWithoutAllFourCountsHasNotReported() {
		load(ImportKind.FIGURES, HEADER + JANUARY_ALL_FEBRUARY_WITHOUT_RQC + """
				RQC,2024-02,705,51,11,
				""");

		assertThat(figures.latestCompleteMonth(path("RQD"))).contains(YearMonth.of(2024, 1));
		ReportingStatus february = figures.reportingStatus(path("RQD"), YearMonth.of(2024, 2), 10);
		assertThat(february.leaves()).isEqualTo(3);
		assertThat(february.reported()).isEqualTo(2);
		assertThat(february.missing()).extracting(ReportingStatus.Missing::code).containsExactly("RQC");
	}

	@Test
	void aCommuneThatClosedIsNotWaitedForAfterItsLastMonth() {
		load(ImportKind.FIGURES, HEADER + JANUARY_ALL_FEBRUARY_WITHOUT_RQC + """
				RQA,2024-03,810,102,22,92
				RQB,2024-03,1520,202,42,182
				""");
		// RQC is dissolved from 15 February: February's end no longer has it, nor March's.
		units.closeFrom(units.require("RQC"), LocalDate.of(2024, 2, 15));

		assertThat(figures.latestCompleteMonth(path("RQD"))).contains(YearMonth.of(2024, 3));
		ReportingStatus february = figures.reportingStatus(path("RQD"), YearMonth.of(2024, 2), 10);
		assertThat(february.leaves()).isEqualTo(2);
		assertThat(february.complete()).isTrue();
		// January still waits for it: it existed at January's end
		assertThat(figures.reportingStatus(path("RQD"), YearMonth.of(2024, 1), 10).leaves()).isEqualTo(3);
	}

	@Test
	void aCommuneFormedByAReformIsWaitedForFromItsFirstMonthOnly() {
		load(ImportKind.FIGURES, HEADER + """
				RQA,2024-02,805,101,21,91
				RQB,2024-02,1510,201,41,181
				RQC,2024-02,705,51,11,41
				RQA,2024-03,810,102,22,92
				""");
		// RQB and RQC merge into RQN on 1 March 2024.
		ImportResult reform = imports.importFile(ImportKind.REFORM, "reform.csv", """
				old_code,new_code,new_name,new_type,new_parent_code,share
				RQB,RQN,Xã Thử Mới,xã,RQD,100
				RQC,RQN,Xã Thử Mới,xã,RQD,100
				""".getBytes(StandardCharsets.UTF_8), "test", null, LocalDate.of(2024, 3, 1), Locale.ENGLISH);
		assertThat(reform.errors()).isEmpty();

		// March waits for RQN (not for RQB, RQC); February did not (RQN did not exist yet).
		assertThat(figures.latestCompleteMonth(path("RQD"))).contains(YearMonth.of(2024, 2));
		ReportingStatus march = figures.reportingStatus(path("RQD"), YearMonth.of(2024, 3), 10);
		assertThat(march.leaves()).isEqualTo(2);
		assertThat(march.missing()).extracting(ReportingStatus.Missing::code).containsExactly("RQN");
		assertThat(figures.reportingStatus(path("RQD"), YearMonth.of(2024, 2), 10).leaves()).isEqualTo(3);

		load(ImportKind.FIGURES, HEADER + "RQN,2024-03,2230,253,53,223\n");
		assertThat(figures.latestCompleteMonth(path("RQD"))).contains(YearMonth.of(2024, 3));
	}

	@Test
	void withoutAnyFiguresThereIsNoCompleteMonth() {
		assertThat(figures.latestCompleteMonth(path("RQD"))).isEmpty();
		ReportingStatus status = figures.reportingStatus(path("RQD"), YearMonth.of(2024, 3), 10);
		assertThat(status.leaves()).isEqualTo(3);
		assertThat(status.reported()).isZero();
		assertThat(status.complete()).isFalse();
	}

	@Test
	void theReportingStatusListsTheCommunesNotReportedByCodeWithTheGridTheyAreIn() {
		load(ImportKind.FIGURES, HEADER + """
				RQA,2024-03,810,102,22,92
				RQB,2024-03,1520,,,
				""");

		ReportingStatus status = figures.reportingStatus(path("RQP"), YearMonth.of(2024, 3), 10);
		assertThat(status.leaves()).isEqualTo(3);
		assertThat(status.reported()).isEqualTo(1);
		assertThat(status.missing()).containsExactly(
				new ReportingStatus.Missing("RQB", "Xã Thử B", "Huyện Thử Báo Cáo", "RQD"),
				new ReportingStatus.Missing("RQC", "Xã Thử C", "Huyện Thử Báo Cáo", "RQD"));
		assertThat(status.notListed()).isZero();

		ReportingStatus firstOnly = figures.reportingStatus(path("RQP"), YearMonth.of(2024, 3), 1);
		assertThat(firstOnly.missing()).extracting(ReportingStatus.Missing::code).containsExactly("RQB");
		assertThat(firstOnly.notListed()).isEqualTo(1);
		// a commune asked about on its own is entered in its own grid: its district lies outside
		assertThat(figures.reportingStatus(path("RQC"), YearMonth.of(2024, 3), 10).missing())
			.containsExactly(new ReportingStatus.Missing("RQC", "Xã Thử C", "Huyện Thử Báo Cáo", "RQC"));
	}

	@Test
	void theMonthsToCloseArePastMonthsWithFiguresNotClosedAtTheUnitOrAbove() {
		load(ImportKind.FIGURES, HEADER + JANUARY_ALL_FEBRUARY_WITHOUT_RQC + """
				RQA,2024-03,810,102,22,92
				RQA,2024-04,815,103,23,93
				""");
		close("RQP", YearMonth.of(2024, 1)); // above the district: closed for it too
		close("RQA", YearMonth.of(2024, 2)); // below it: February is only partly closed

		assertThat(months.waitingToClose(List.of(units.require("RQD")), YearMonth.of(2024, 4), 10)).containsExactly(
				new MonthToClose("RQD", "Huyện Thử Báo Cáo", YearMonth.of(2024, 3), 3, 1),
				new MonthToClose("RQD", "Huyện Thử Báo Cáo", YearMonth.of(2024, 2), 3, 2));
		// two units at once, newest month first, then from the top of the tree; at most the limit
		assertThat(months.waitingToClose(List.of(units.require("RQA"), units.require("RQD")), YearMonth.of(2024, 4), 2))
			.extracting(MonthToClose::unitCode, MonthToClose::period)
			.containsExactly(tuple("RQD", YearMonth.of(2024, 3)), tuple("RQA", YearMonth.of(2024, 3)));
	}

	private void close(String code, YearMonth period) {
		MonthClosing closing = new MonthClosing(units.require(code).id(), period, "test");
		closing.close("test");
		closings.saveAndFlush(closing);
	}

	private String path(String code) {
		UnitRef unit = units.require(code);
		return unit.path();
	}

	private void load(ImportKind kind, String csv) {
		ImportResult result = imports.importFile(kind, kind.name().toLowerCase(Locale.ROOT) + ".csv",
				csv.getBytes(StandardCharsets.UTF_8), "test", Locale.ENGLISH);
		assertThat(result.errors()).as(kind + " import").isEmpty();
	}
}
