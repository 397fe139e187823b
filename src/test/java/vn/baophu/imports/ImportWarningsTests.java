package vn.baophu.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.baophu.imports.ImportFiles.csv;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.figures.FiguresService;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;

/** Doubtful figures warn but are saved. */
@BaophuTest
@Transactional
class ImportWarningsTests {

	static final Locale VI = Locale.forLanguageTag("vi-VN");

	@Autowired
	ImportService imports;

	@Autowired
	UnitService units;

	@Autowired
	FiguresService figures;

	@BeforeEach
	void testProvinceWithDenominators() {
		importCsv(ImportKind.UNITS, ImportFiles.TEST_UNITS);
		importCsv(ImportKind.DENOMINATORS, "unit_code,year,population,labour_force\nT99A,2023,1500,800\nT99B,2023,,\n");
	}

	@Test
	void moreParticipantsThanTheDenominatorWarnsButIsSaved() {
		ImportResult result = importCsv(ImportKind.FIGURES, """
				unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn
				T99A,2023-06,1600,500,400,900
				T99A,2023-08,1500,400,400,800
				T99B,2023-06,99999,,,
				""");

		assertThat(result.errors()).isEmpty();
		assertThat(result.imported()).isEqualTo(3);
		assertThat(result.warnings()).extracting(ImportProblem::row, ImportProblem::field, ImportProblem::message)
			.containsExactly(
					tuple(2, "bhyt", "Dòng 2, cột bhyt: 1.600 người tham gia, nhiều hơn dân số năm 2023 (1.500)."),
					tuple(2, "bhxh_bb+bhxh_tn",
							"Dòng 2, cột bhxh_bb+bhxh_tn: 900 người tham gia, nhiều hơn lực lượng lao động năm 2023 (800)."),
					tuple(2, "bhtn", "Dòng 2, cột bhtn: 900 người tham gia, nhiều hơn lực lượng lao động năm 2023 (800)."));
		assertThat(figures.find(List.of(units.findByCode("T99A").orElseThrow().id()), List.of(YearMonth.of(2023, 6))))
			.hasSize(1);
	}

	@Test
	void aJumpOfMoreThanTenPercentSinceTheSavedPreviousMonthWarns() {
		importCsv(ImportKind.FIGURES, "unit_code,period,bhyt,bhtn,bhxh_bb,bhxh_tn\nT99A,2023-05,1000,100,,\nT99B,2023-05,1000,,,\n");

		ImportResult result = importCsv(ImportKind.FIGURES, """
				unit_code,period,bhyt,bhtn,bhxh_bb,bhxh_tn
				T99A,2023-06,1101,90,,
				T99B,2023-06,899,,,
				""");

		assertThat(result.saved()).isTrue();
		assertThat(result.warnings()).extracting(ImportProblem::message).containsExactly(
				"Dòng 2, cột bhyt: 1.101 người, thay đổi +10,10% so với tháng 05/2023 (1.000 người).",
				"Dòng 3, cột bhyt: 899 người, thay đổi -10,10% so với tháng 05/2023 (1.000 người).");
	}

	@Test
	void thePreviousMonthInTheSameFileWinsOverTheSavedOne() {
		importCsv(ImportKind.FIGURES, "unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-05,1000,,,\n");

		ImportResult result = importCsv(ImportKind.FIGURES, """
				unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn
				T99A,2023-06,1000,,,
				T99A,2023-05,500,,,
				""");

		assertThat(result.warnings()).extracting(ImportProblem::message).containsExactly(
				"Dòng 2, cột bhyt: 1.000 người, thay đổi +100,00% so với tháng 05/2023 (500 người).");
	}

	@Test
	void exactlyTenPercentOrAMissingPreviousMonthDoesNotWarn() {
		importCsv(ImportKind.FIGURES, "unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-05,1000,,,\n");

		ImportResult result = importCsv(ImportKind.FIGURES, "unit_code,period,bhyt,bhtn,bhxh_bb,bhxh_tn\nT99A,2023-06,1100,50,,\n");

		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void warningsAreInEnglishToo() {
		ImportResult result = imports.preview(ImportKind.FIGURES, "f.csv",
				csv("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,1600,,,\n"), Locale.ENGLISH);

		assertThat(result.warnings()).extracting(ImportProblem::message)
			.containsExactly("Row 2, column bhyt: 1,600 participants, more than the population of 2023 (1,500).");
	}

	ImportResult importCsv(ImportKind kind, String text) {
		return imports.importFile(kind, kind.path() + ".csv", csv(text), "tester", VI);
	}
}
