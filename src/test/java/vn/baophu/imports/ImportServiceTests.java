package vn.baophu.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.baophu.imports.ImportFiles.csv;
import static vn.baophu.imports.ImportFiles.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.figures.FiguresService;
import vn.baophu.figures.MonthlyCounts;
import vn.baophu.imports.ImportFiles.Formula;
import vn.baophu.imports.ImportFiles.Percent;
import vn.baophu.target.DenominatorValues;
import vn.baophu.target.TargetService;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitLevel;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.support.BaophuTest;

/** Each kind from CSV and .xlsx, saved all or nothing, replacing on re-import. Rolled back after each test. */
@BaophuTest
@Transactional
class ImportServiceTests {

	static final Locale VI = Locale.forLanguageTag("vi-VN");

	@Autowired
	ImportService imports;

	@Autowired
	UnitService units;

	@Autowired
	TargetService targets;

	@Autowired
	FiguresService figures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@BeforeEach
	void testProvince() {
		assertThat(importCsv(ImportKind.UNITS, ImportFiles.TEST_UNITS).imported()).isEqualTo(4);
	}

	@Test
	void unitsFromCsvMayListChildrenBeforeTheirParents() {
		ImportResult result = importCsv(ImportKind.UNITS, """
				code,name,type,parent_code
				T98A,Thị trấn Thử,thị trấn,T98D
				T98D,Thị xã Thử,thị xã,T98
				T98,Thành phố Thử,Thành phố,
				T98X,Đặc khu Thử,commune,T98
				""");

		assertThat(result.errors()).isEmpty();
		assertThat(result.imported()).isEqualTo(4);
		UnitRef province = unit("T98");
		assertThat(province.level()).isEqualTo(UnitLevel.PROVINCE);
		assertThat(unit("T98D").level()).isEqualTo(UnitLevel.DISTRICT);
		assertThat(unit("T98A")).satisfies(commune -> {
			assertThat(commune.level()).isEqualTo(UnitLevel.COMMUNE);
			assertThat(commune.kind()).isEqualTo(UnitKind.THI_TRAN);
			assertThat(commune.parentId()).isEqualTo(unit("T98D").id());
			assertThat(commune.leaf()).isTrue();
		});
		assertThat(unit("T98X").parentId()).isEqualTo(province.id());
	}

	@Test
	void unitsFromXlsxAndReimportRenames() {
		ImportResult result = imports.importFile(ImportKind.UNITS, "units.xlsx",
				xlsx(new Object[] { "Parent_Code", "Code", "Name", "Type" },
						new Object[] { "T99D", "T99C", "Xã Thử C", "xã" },
						new Object[] { "T99D", "T99A", "Xã Thử A mới", "xã" }),
				"tester", VI);

		assertThat(result.errors()).isEmpty();
		assertThat(result.imported()).isEqualTo(2);
		assertThat(unit("T99C").parentId()).isEqualTo(unit("T99D").id());
		assertThat(unit("T99A").name()).isEqualTo("Xã Thử A mới");
	}

	@Test
	void denominatorsFromCsvInVietnameseOrPlainNumbers() {
		ImportResult result = importCsv(ImportKind.DENOMINATORS, """
				unit_code,year,population,labour_force,source
				T99A,2023,13.737,7006,Cục Thống kê
				T99B,2023,10854,,
				""");

		assertThat(result.imported()).isEqualTo(2);
		assertThat(denominator("T99A", 2023)).isEqualTo(new DenominatorValues(unit("T99A").id(), 2023, 13737L, 7006L,
				"Cục Thống kê"));
		assertThat(denominator("T99B", 2023).labourForce()).as("empty = not given").isNull();
	}

	@Test
	void denominatorsFromXlsxWithNumericCells() {
		ImportResult result = imports.importFile(ImportKind.DENOMINATORS, "d.xlsx",
				xlsx(new Object[] { "unit_code", "year", "population", "labour_force" },
						new Object[] { "T99A", 2024, 148806, new Formula("C2/2") }),
				"tester", VI);

		assertThat(result.errors()).isEmpty();
		assertThat(denominator("T99A", 2024).population()).isEqualTo(148806L);
		assertThat(denominator("T99A", 2024).labourForce()).isEqualTo(74403L);
	}

	@Test
	void targetsFromCsvAcceptEveryWayOfWritingARate() {
		ImportResult result = importCsv(ImportKind.TARGETS, """
				unit_code,year,indicator,rate,decision
				T99,2023,BHYT,95.00,Kế hoạch 1/KH
				T99,2023,bhxh,"22,69",
				T99,2023,BHXH_TN,"6,17%",
				T99D,2023,BHTN,15.66 %,
				T99A,2023,BHYT,100,
				""");

		assertThat(result.errors()).isEmpty();
		assertThat(result.imported()).isEqualTo(5);
		assertThat(rate("T99", "BHYT")).isEqualByComparingTo("95");
		assertThat(rate("T99", "BHXH")).isEqualByComparingTo("22.69");
		assertThat(rate("T99", "BHXH_TN")).isEqualByComparingTo("6.17");
		assertThat(rate("T99D", "BHTN")).isEqualByComparingTo("15.66");
		assertThat(jdbc.sql("select decision from target t join administrative_unit u on u.id = t.unit_id"
				+ " where u.code = 'T99' and t.indicator = 'BHYT'").query(String.class).single()).isEqualTo("Kế hoạch 1/KH");
	}

	@Test
	void targetsFromXlsxReadPercentCellsAsPercent() {
		ImportResult result = imports.importFile(ImportKind.TARGETS, "t.xlsx",
				xlsx(new Object[] { "unit_code", "year", "indicator", "rate" },
						new Object[] { "T99", 2023, "BHYT", new Percent(0.95) },
						new Object[] { "T99", 2023, "BHXH", 22.69 },
						new Object[] { "T99", 2023, "BHTN", "15,66" }),
				"tester", VI);

		assertThat(result.errors()).isEmpty();
		assertThat(rate("T99", "BHYT")).isEqualByComparingTo("95");
		assertThat(rate("T99", "BHXH")).isEqualByComparingTo("22.69");
		assertThat(rate("T99", "BHTN")).isEqualByComparingTo("15.66");
	}

	@Test
	void figuresFromCsvKeepEmptyCellsAsNotReported() {
		ImportResult result = importCsv(ImportKind.FIGURES, """
				unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn
				T99A,2023-06,12.787,1157,407,"1.137"
				T99B,06/2023,10109,,,
				""");

		assertThat(result.errors()).isEmpty();
		assertThat(result.imported()).isEqualTo(2);
		assertThat(figures("T99A", "2023-06")).isEqualTo(counts("T99A", "2023-06", 12787L, 1157L, 407L, 1137L));
		assertThat(figures("T99B", "2023-06")).isEqualTo(counts("T99B", "2023-06", 10109L, null, null, null));
	}

	@Test
	void figuresFromXlsxWithADateCellForThePeriod() {
		ImportResult result = imports.importFile(ImportKind.FIGURES, "f.xlsx",
				xlsx(new Object[] { "unit_code", "period", "bhyt", "bhxh_bb", "bhxh_tn", "bhtn" },
						new Object[] { "T99A", LocalDate.of(2023, 6, 30), 12787, 1157, 407, 1137 },
						new Object[] { "T99B", "2023-06", 10109, null, "", 601 }),
				"tester", VI);

		assertThat(result.errors()).isEmpty();
		assertThat(figures("T99A", "2023-06")).isEqualTo(counts("T99A", "2023-06", 12787L, 1157L, 407L, 1137L));
		assertThat(figures("T99B", "2023-06")).isEqualTo(counts("T99B", "2023-06", 10109L, null, null, 601L));
	}

	@Test
	void impossibleDenominatorsAreRefusedNamingRowAndFieldAndNothingIsSaved() {
		importCsv(ImportKind.DENOMINATORS, "unit_code,year,population,labour_force\nT99A,2023,2000,900\n");

		ImportResult result = importCsv(ImportKind.DENOMINATORS, """
				unit_code,year,population,labour_force
				T99A,2023,2100,950
				T99B,2023,0,
				T99B,2024,1000,0
				T99A,2024,1000,1001
				""");

		assertThat(result.saved()).isFalse();
		assertThat(result.errors()).extracting(ImportProblem::row, ImportProblem::field, ImportProblem::message)
			.containsExactly(
					tuple(3, "population", "Dòng 3, cột population: 0 không hợp lệ: dân số và lực lượng lao động phải "
							+ "lớn hơn 0 (để trống nếu chưa có số liệu)."),
					tuple(4, "labour_force", "Dòng 4, cột labour_force: 0 không hợp lệ: dân số và lực lượng lao động "
							+ "phải lớn hơn 0 (để trống nếu chưa có số liệu)."),
					tuple(5, "labour_force", "Dòng 5, cột labour_force: lực lượng lao động 1.001 lớn hơn dân số 1.000."));
		assertThat(denominator("T99A", 2023).population()).isEqualTo(2000L);
		assertThat(targets.findDenominators(List.of(unit("T99B").id()), List.of(2023, 2024))).isEmpty();
	}

	@Test
	void reimportingTheSameKeysReplacesTheOldValues() {
		importCsv(ImportKind.FIGURES, "unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,1000,100,,\n");
		importCsv(ImportKind.DENOMINATORS, "unit_code,year,population,labour_force\nT99A,2023,2000,900\n");
		importCsv(ImportKind.TARGETS, "unit_code,year,indicator,rate\nT99A,2023,BHYT,90\n");

		importCsv(ImportKind.FIGURES, "unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,1050,,,\n");
		importCsv(ImportKind.DENOMINATORS, "unit_code,year,population,labour_force\nT99A,2023,2100,950\n");
		importCsv(ImportKind.TARGETS, "unit_code,year,indicator,rate\nT99A,2023,BHYT,95\n");

		assertThat(figures("T99A", "2023-06")).isEqualTo(counts("T99A", "2023-06", 1050L, null, null, null));
		assertThat(denominator("T99A", 2023).population()).isEqualTo(2100L);
		assertThat(rate("T99A", "BHYT")).isEqualByComparingTo("95");
		assertThat(jdbc.sql("select count(*) from target t join administrative_unit u on u.id = t.unit_id"
				+ " where u.code = 'T99A'").query(Long.class).single()).isEqualTo(1L);
	}

	@Test
	void oneBadRowAmongGoodOnesSavesNothing() {
		ImportResult result = importCsv(ImportKind.FIGURES, """
				unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn
				T99A,2023-06,1000,,,
				T99B,2023-06,12a,,,
				""");

		assertThat(result.saved()).isFalse();
		assertThat(result.imported()).isZero();
		assertThat(result.errors()).extracting(ImportProblem::row).containsExactly(3);
		assertThat(figures.find(List.of(unit("T99A").id(), unit("T99B").id()), List.of(YearMonth.of(2023, 6)))).isEmpty();
	}

	@Test
	void oneBadUnitAmongGoodOnesSavesNoUnit() {
		ImportResult result = importCsv(ImportKind.UNITS, "code,name,type,parent_code\nT97,Tỉnh Bảy,tỉnh,\nT97A,Xã,ấp,T97\n");

		assertThat(result.errors()).hasSize(1);
		assertThat(units.findByCode("T97")).isEmpty();
	}

	@Test
	void aPreviewSavesNothingButCountsTheRows() {
		ImportResult result = imports.preview(ImportKind.FIGURES, "f.csv",
				csv("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,1000,,,\nT99B,2023-06,900,,,\n"), VI);

		assertThat(result.saved()).isTrue();
		assertThat(result.imported()).isEqualTo(2);
		assertThat(figures.find(List.of(unit("T99A").id()), List.of(YearMonth.of(2023, 6)))).isEmpty();
	}

	@Test
	void extraColumnsAreIgnoredAndColumnsMayComeInAnyOrder() {
		ImportResult result = importCsv(ImportKind.FIGURES, "Ghi chú,BHYT,BHXH TN,Period,BHTN,UNIT_CODE,bhxh-bb\nabc,1000,,2023-06,,T99A,\n");

		assertThat(result.errors()).isEmpty();
		assertThat(figures("T99A", "2023-06").bhyt()).isEqualTo(1000L);
	}

	@Test
	void theDemoDataIsLoadedThroughTheImport() {
		UnitRef district = units.findByCode("844").orElseThrow();

		assertThat(units.children(district)).hasSize(14);
		assertThat(figures.find(List.of(unit("29266").id()), List.of(YearMonth.of(2023, 6))))
			.singleElement().extracting(MonthlyCounts::bhyt).isEqualTo(12787L);
	}

	ImportResult importCsv(ImportKind kind, String text) {
		return imports.importFile(kind, kind.path() + ".csv", csv(text), "tester", VI);
	}

	UnitRef unit(String code) {
		return units.findByCode(code).orElseThrow();
	}

	DenominatorValues denominator(String code, int year) {
		return targets.findDenominators(List.of(unit(code).id()), List.of(year)).get(0);
	}

	BigDecimal rate(String code, String indicator) {
		entityManager.flush();
		return jdbc.sql("select t.rate from target t join administrative_unit u on u.id = t.unit_id"
				+ " where u.code = ? and t.indicator = ?").params(code, indicator).query(BigDecimal.class).single();
	}

	MonthlyCounts figures(String code, String period) {
		return figures.find(List.of(unit(code).id()), List.of(YearMonth.parse(period))).get(0);
	}

	MonthlyCounts counts(String code, String period, Long bhyt, Long compulsory, Long voluntary, Long bhtn) {
		return new MonthlyCounts(unit(code).id(), YearMonth.parse(period), bhyt, compulsory, voluntary, bhtn);
	}
}
