package vn.baophu.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.figures.FiguresService;
import vn.baophu.figures.MonthlyCounts;
import vn.baophu.shared.Indicator;
import vn.baophu.support.BaophuTest;
import vn.baophu.target.DenominatorValues;
import vn.baophu.target.TargetService;
import vn.baophu.target.TargetValue;
import vn.baophu.unit.UnitDraft;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parent rows on a three-level tree of our own: sums of the children, targets derived where none
 * is set, and a parent with a missing child is missing. Rolled back after each test.
 */
@BaophuTest
@Transactional
class GapTableServiceTests {

	private static final YearMonth MARCH = YearMonth.of(2024, 3);

	@Autowired
	UnitService units;

	@Autowired
	TargetService targets;

	@Autowired
	FiguresService figures;

	@Autowired
	GapTableService gapTables;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@BeforeEach
	void buildTree() {
		// P1 (no target) → D1 (no target) → C1 90 %, C2 80 %; P1 → D2 95 % → C3 50 % (D2's own wins)
		units.save(List.of(new UnitDraft(2, "TP1", "Tỉnh Thử", UnitKind.TINH, null),
				new UnitDraft(3, "TD1", "Huyện Một", UnitKind.HUYEN, "TP1"),
				new UnitDraft(4, "TD2", "Huyện Hai", UnitKind.HUYEN, "TP1"),
				new UnitDraft(5, "TC1", "Xã Một", UnitKind.XA, "TD1"),
				new UnitDraft(6, "TC2", "Xã Hai", UnitKind.XA, "TD1"),
				new UnitDraft(7, "TC3", "Xã Ba", UnitKind.XA, "TD2")));
		targets.saveDenominators(List.of(denominators("TC1", 1000), denominators("TC2", 3000),
				denominators("TC3", 2000)));
		targets.saveTargets(List.of(bhyt("TC1", "90"), bhyt("TC2", "80"), bhyt("TD2", "95"), bhyt("TC3", "50")));
		figures.save(List.of(bhyt("TC1", MARCH, 900L), bhyt("TC2", MARCH, 2500L), bhyt("TC3", MARCH, 1900L)), "test");
	}

	@Test
	void aParentWithoutTargetUsesTheDenominatorWeightedAverageOfTheTargetsBelow() {
		GapTable table = gapTables.gapTable(units.findByCode("TP1").orElseThrow(), MARCH);

		GapRow d1 = table.rows().get(0);
		assertThat(d1.unit().code()).isEqualTo("TD1");
		// (90 × 1 000 + 80 × 3 000) / 4 000 = 82,5 %
		assertThat(d1.bhyt().target().percent()).isEqualByComparingTo("82.5");
		assertThat(d1.bhyt().target().derived()).isTrue();
		assertThat(d1.bhyt().denominator()).isEqualTo(4000L);
		assertThat(d1.bhyt().participants()).isEqualTo(3400L);
		assertThat(d1.bhyt().remaining()).isEqualTo(-100L);

		GapRow d2 = table.rows().get(1);
		assertThat(d2.bhyt().target().percent()).isEqualByComparingTo("95");
		assertThat(d2.bhyt().target().derived()).isFalse();
		assertThat(d2.bhyt().remaining()).isEqualTo(0L);

		// (82,5 × 4 000 + 95 × 2 000) / 6 000 = 86,666…: the province's target is derived from its rows
		GapRow total = table.total();
		assertThat(total.bhyt().target().derived()).isTrue();
		assertThat(total.bhyt().target().percent()).isEqualByComparingTo(
				new BigDecimal("520000").divide(new BigDecimal("6000"), java.math.MathContext.DECIMAL128));
		assertThat(total.bhyt().denominator()).isEqualTo(6000L);
		assertThat(total.bhyt().participants()).isEqualTo(5300L);
		assertThat(total.bhyt().remaining()).isEqualTo(-100L);
		assertThat(table.positiveGaps().bhyt()).isZero();
	}

	@Test
	void parentCoverageComesFromTheSumsNotFromAveragingTheChildrensRates() {
		GapTable table = gapTables.gapTable(units.findByCode("TD1").orElseThrow(), MARCH);

		// children: 90 % and 83,33 %; their average would be 86,67 %, the sums give 3 400 / 4 000 = 85 %
		assertThat(table.rows()).extracting(row -> row.bhyt().coverage().setScale(2, java.math.RoundingMode.HALF_UP))
			.containsExactly(new BigDecimal("90.00"), new BigDecimal("83.33"));
		assertThat(table.total().bhyt().coverage()).isEqualByComparingTo("85");
		// C2 owes 2 400 − 2 500 = (100); C1 owes 900 − 900 = 0
		assertThat(table.positiveGaps().bhyt()).isZero();
	}

	@Test
	void aParentWithAMissingChildIsMissingAndSaysHowManyReported() {
		YearMonth april = MARCH.plusMonths(1);
		figures.save(List.of(bhyt("TC1", april, 950L), bhyt("TC2", april, 2600L)), "test");

		GapTable table = gapTables.gapTable(units.findByCode("TP1").orElseThrow(), april);

		assertThat(table.rows().get(0).bhyt().participants()).isEqualTo(3550L);
		assertThat(table.rows().get(0).bhyt().changePoints()).isEqualByComparingTo("3.75");
		assertThat(table.rows().get(1).bhyt().participants()).isNull();
		assertThat(table.rows().get(1).bhyt().remaining()).isNull();
		assertThat(table.total().bhyt().participants()).isNull();
		assertThat(table.total().bhyt().coverage()).isNull();
		assertThat(table.total().bhytReported()).isEqualTo(2);
		assertThat(table.total().leaves()).isEqualTo(3);
	}

	@Test
	void aCommuneClosedBeforeTheMonthEndsIsNoLongerARowNorInTheSums() {
		YearMonth april = MARCH.plusMonths(1);
		jdbc.sql("update administrative_unit set closed_from = date '2024-04-01' where code = 'TC2'").update();
		figures.save(List.of(bhyt("TC1", april, 950L)), "test");

		GapTable april2024 = gapTables.gapTable(units.findByCode("TD1").orElseThrow(), april);
		assertThat(april2024.rows()).extracting(row -> row.unit().code()).containsExactly("TC1");
		assertThat(april2024.total().leaves()).isEqualTo(1);
		assertThat(april2024.total().bhyt().participants()).isEqualTo(950L);

		GapTable march = gapTables.gapTable(units.findByCode("TD1").orElseThrow(), MARCH);
		assertThat(march.rows()).hasSize(2);
	}

	private DenominatorValues denominators(String code, long population) {
		return new DenominatorValues(id(code), 2024, population, population / 2, "test");
	}

	private TargetValue bhyt(String code, String rate) {
		return new TargetValue(id(code), 2024, Indicator.BHYT, new BigDecimal(rate), "QĐ thử");
	}

	private MonthlyCounts bhyt(String code, YearMonth period, Long participants) {
		return new MonthlyCounts(id(code), period, participants, null, null, null);
	}

	private long id(String code) {
		return units.findByCode(code).orElseThrow().id();
	}
}
