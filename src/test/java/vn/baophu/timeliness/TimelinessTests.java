package vn.baophu.timeliness;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.deadline.WeekendRule;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reporting timeliness on the demo data: the June 2023 figures of the 14 communes are complete (May
 * has BHYT only), but were entered when the demo was loaded, long after the 25th of June. Audited
 * revisions with earlier times, inserted here, make some on time.
 */
@BaophuTest
@Transactional
class TimelinessTests {

	private static final SignedInUser ADMIN = new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true);
	private static final YearMonth JUNE = YearMonth.of(2023, 6);
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	UnitService units;

	@Autowired
	TimelinessService timeliness;

	@Autowired
	JdbcClient jdbc;

	@Test
	void juneIsCompleteButLateAndMayIncomplete() {
		Timeliness june = timeliness.timeliness(units.require("844"), JUNE, ADMIN);
		assertThat(june.rows()).hasSize(14);
		assertThat(june.total()).extracting(TimelinessRow::leaves, TimelinessRow::complete, TimelinessRow::onTime)
			.containsExactly(14, 14, 0);
		assertThat(june.total().completeRate()).isEqualByComparingTo("100");
		assertThat(june.total().onTimeRate()).isEqualByComparingTo("0");
		assertThat(june.leaves()).allSatisfy(leaf -> {
			assertThat(leaf.deadline()).isEqualTo(JUNE.atDay(25));
			assertThat(leaf.completedAt()).isNotNull();
		});
		assertThat(june.rule().isDefault()).isTrue();
		Timeliness may = timeliness.timeliness(units.require("844"), YearMonth.of(2023, 5), ADMIN);
		assertThat(may.total()).extracting(TimelinessRow::complete, TimelinessRow::onTime).containsExactly(0, 0);
		assertThat(may.leaves()).allSatisfy(leaf -> assertThat(leaf.completedAt()).isNull());
	}

	@Test
	void theFirstCompleteRevisionDecidesAndTheRuleOfTheProvinceApplies() {
		enteredAt("29266", LocalDateTime.of(2023, 6, 20, 10, 0));
		enteredAt("29269", LocalDateTime.of(2023, 6, 26, 8, 30));
		UnitRef district = units.require("844");
		Timeliness byDefault = timeliness.timeliness(district, JUNE, ADMIN);
		assertThat(byDefault.total().onTime()).isEqualTo(1);
		assertThat(byDefault.total().onTimeRate()).isEqualByComparingTo("7.142857");
		assertThat(leaf(byDefault, "29266").onTime()).isTrue();
		assertThat(leaf(byDefault, "29269").daysLate()).isEqualTo(1);
		assertThat(byDefault.rows()).filteredOn(row -> row.code().equals("29266")).singleElement()
			.extracting(TimelinessRow::onTime).isEqualTo(1);

		// the province counts a deadline on a Sunday (25/06/2023) from the next Monday
		timeliness.setRule(units.require("84"), new ReportingRule(25, 0, WeekendRule.NEXT_MONDAY), ADMIN);
		Timeliness monday = timeliness.timeliness(district, JUNE, ADMIN);
		assertThat(monday.rule().setAtCode()).isEqualTo("84");
		assertThat(monday.total().onTime()).isEqualTo(2);
		assertThat(leaf(monday, "29269").deadline()).isEqualTo(JUNE.atDay(26));

		// the district sets an earlier day of its own, which wins over the province's
		timeliness.setRule(district, new ReportingRule(15, 0, WeekendRule.KEEP), ADMIN);
		Timeliness fifteenth = timeliness.timeliness(district, JUNE, ADMIN);
		assertThat(fifteenth.rule().setAtCode()).isEqualTo("844");
		assertThat(fifteenth.total().onTime()).isZero();
		assertThat(leaf(fifteenth, "29266").daysLate()).isEqualTo(5);

		timeliness.setRule(district, null, ADMIN);
		assertThat(timeliness.ruleFor(district, ADMIN).setAtCode()).isEqualTo("84");
	}

	@Test
	void aProvinceSeesItsDistrictsAsRows() {
		Timeliness province = timeliness.timeliness(units.require("84"), JUNE, ADMIN);
		assertThat(province.rows()).extracting(TimelinessRow::code, TimelinessRow::leaves, TimelinessRow::complete)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("844", 14, 14));
		assertThat(province.leaves()).extracting(LeafTimeliness::childCode).containsOnly("844");
	}

	private static LeafTimeliness leaf(Timeliness timeliness, String code) {
		return timeliness.leaves().stream().filter(leaf -> leaf.code().equals(code)).findFirst().orElseThrow();
	}

	/** An audited revision of the leaf's June figures with all four counts, saved at that time. */
	private void enteredAt(String code, LocalDateTime when) {
		long unitId = units.require(code).id();
		int rev = jdbc.sql("select coalesce(max(rev), 0) + 1000 from revinfo").query(Integer.class).single();
		jdbc.sql("insert into revinfo (rev, revtstmp, username) values (?, ?, 'test')")
			.params(rev, when.atZone(VIETNAM).toInstant().toEpochMilli())
			.update();
		jdbc.sql("""
				insert into monthly_figures_aud (id, rev, revtype, unit_id, period, bhyt, bhxh_compulsory, bhxh_voluntary, bhtn)
				select id, ?, 0, unit_id, period, bhyt, bhxh_compulsory, bhxh_voluntary, bhtn
				from monthly_figures where unit_id = ? and period = ?""")
			.params(rev, unitId, JUNE.atDay(1))
			.update();
	}
}
