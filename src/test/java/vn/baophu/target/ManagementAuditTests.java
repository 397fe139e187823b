package vn.baophu.target;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.baophu.support.BaophuTest;
import vn.baophu.target.SheetForms.Typed;
import vn.baophu.unit.UnitDraft;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every change made on the management pages is an audited revision naming the user. Envers writes
 * its rows when a transaction commits, so this test commits on units of its own (plain ASCII names,
 * so the English pages test never meets them) and removes them afterwards; the audit rows stay.
 */
@BaophuTest
class ManagementAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	TargetService targets;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void ownProvince() {
		units.save(List.of(new UnitDraft(2, "AUD1", "Audit Province", UnitKind.TINH, null),
				new UnitDraft(3, "AUD1D", "Audit District", UnitKind.HUYEN, "AUD1"),
				new UnitDraft(4, "AUD1A", "Audit Commune", UnitKind.XA, "AUD1D")));
	}

	@AfterEach
	void removeOwnProvince() {
		List<Long> ids = jdbc.sql("select id from administrative_unit where code like 'AUD1%'").query(Long.class).list();
		jdbc.sql("delete from denominator where unit_id in (:ids)").param("ids", ids).update();
		jdbc.sql("delete from target where unit_id in (:ids)").param("ids", ids).update();
		jdbc.sql("delete from administrative_unit where id in (:ids) and level = 'COMMUNE'").param("ids", ids).update();
		jdbc.sql("delete from administrative_unit where id in (:ids) and level = 'DISTRICT'").param("ids", ids).update();
		jdbc.sql("delete from administrative_unit where id in (:ids)").param("ids", ids).update();
	}

	@Test
	void denominatorsTargetsAndUnitChangesAreAuditedWithTheUser() throws Exception {
		UnitRef province = units.require("AUD1");
		UnitRef commune = units.require("AUD1A");
		var leaves = units.leavesIn(province, 2024);
		mvc.perform(SheetForms.denominators("AUD1", 2024, targets.denominatorSheet(leaves, 2024),
				Map.of("AUD1A", new Typed("2.000", "1.100", "Test"))).with(DenominatorSheetPageTests.ADMIN))
			.andExpect(status().isFound());
		var rows = List.of(province, units.require("AUD1D"));
		mvc.perform(SheetForms.targets("AUD1", 2024, targets.targetSheet(rows, 2024),
				Map.of("AUD1", List.of("95", "", "", "", "Decision 1"))).with(DenominatorSheetPageTests.ADMIN))
			.andExpect(status().isFound());
		mvc.perform(post("/units/AUD1A/manage/rename").with(csrf()).with(DenominatorSheetPageTests.ADMIN)
			.param("name", "Audit Ward").param("kind", "PHUONG")).andExpect(status().isFound());
		mvc.perform(post("/units/AUD1A/manage/close").with(csrf()).with(DenominatorSheetPageTests.ADMIN)
			.param("closedFrom", "2025-07-01")).andExpect(status().isFound());
		mvc.perform(post("/units/AUD1D/manage/district-entry").with(csrf()).with(DenominatorSheetPageTests.ADMIN)
			.param("allowed", "true")).andExpect(status().isFound());

		assertThat(jdbc.sql("""
				select a.population from denominator_aud a join revinfo r on r.rev = a.rev
				where a.unit_id = ? and a.year = 2024 and r.username = 'admin'""").param(commune.id())
			.query(Long.class).list()).containsExactly(2000L);
		assertThat(jdbc.sql("""
				select a.decision from target_aud a join revinfo r on r.rev = a.rev
				where a.unit_id = ? and a.indicator = 'BHYT' and r.username = 'admin'""").param(province.id())
			.query(String.class).list()).containsExactly("Decision 1");
		assertThat(jdbc.sql("""
				select a.name || ' ' || coalesce(cast(a.closed_from as varchar), '-') from administrative_unit_aud a
				join revinfo r on r.rev = a.rev where a.id = ? and r.username = 'admin' order by a.rev""")
			.param(commune.id()).query(String.class).list())
			.containsExactly("Audit Ward -", "Audit Ward 2025-07-01");
		assertThat(jdbc.sql("""
				select a.district_entry_allowed from administrative_unit_aud a join revinfo r on r.rev = a.rev
				where a.code = 'AUD1D' and r.username = 'admin'""").query(Boolean.class).list()).containsExactly(true);
	}
}
