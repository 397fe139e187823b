package vn.baophu.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.baophu.support.BaophuTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports write their rows with SQL in bulk; the audit trail must read as if the entities had been
 * saved one by one: each import one revision naming the user, an ADD row for a new row and a MOD row
 * with the new state for a replaced one, versions 0 then 1, and a targets file that changes nothing
 * no revision at all. Committed for real (not rolled back), on units of its own.
 */
@BaophuTest
class ImportAuditTrailTests {

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void bulkImportsLeaveTheAuditTrailOfEntitySaves() {
		load(ImportKind.UNITS, """
				code,name,type,parent_code
				IATP,Tỉnh Nhật Ký,tỉnh,
				IATX,Xã Nhật Ký,xã,IATP
				""");
		load(ImportKind.FIGURES, """
				unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn
				IATX,2032-01,100,20,5,
				""");
		load(ImportKind.FIGURES, """
				unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn
				IATX,2032-01,101,20,5,18
				""");

		List<Map<String, Object>> audit = jdbc.sql("""
				select a.revtype, a.bhyt, a.bhtn, a.updated_by, r.username, r.rev
				from monthly_figures_aud a join revinfo r on r.rev = a.rev
				join administrative_unit u on u.id = a.unit_id
				where u.code = 'IATX' order by r.rev""").query().listOfRows();
		assertThat(audit).hasSize(2);
		assertThat(audit.get(0)).containsEntry("revtype", 0).containsEntry("bhyt", 100L)
			.containsEntry("bhtn", null).containsEntry("updated_by", "iat-user")
			// who: the signed-in user, here none (as when the entities were saved one by one)
			.containsEntry("username", "system");
		assertThat(audit.get(1)).containsEntry("revtype", 1).containsEntry("bhyt", 101L)
			.containsEntry("bhtn", 18L);
		assertThat((Integer) audit.get(1).get("rev")).isGreaterThan((Integer) audit.get(0).get("rev"));
		// What the dropped foreign key (V15) guaranteed: every audit row of figures has its revision.
		assertThat(jdbc.sql("""
				select count(*) from monthly_figures_aud a where not exists (select 1 from revinfo r where r.rev = a.rev)""")
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("""
				select f.version from monthly_figures f join administrative_unit u on u.id = f.unit_id
				where u.code = 'IATX'""").query(Long.class).single()).isEqualTo(1L);

		String targets = """
				unit_code,year,indicator,rate,decision
				IATX,2032,BHYT,95,QĐ 1
				""";
		load(ImportKind.TARGETS, targets);
		int revisions = jdbc.sql("select count(*) from revinfo").query(Integer.class).single();
		load(ImportKind.TARGETS, targets.replace("95,", "95.00,"));
		assertThat(jdbc.sql("select count(*) from revinfo").query(Integer.class).single())
			.as("a file that changes nothing makes no revision").isEqualTo(revisions);
		load(ImportKind.TARGETS, targets.replace("95,", "96,"));
		assertThat(jdbc.sql("""
				select a.revtype from target_aud a join administrative_unit u on u.id = a.unit_id
				where u.code = 'IATX' order by a.rev""").query(Integer.class).list()).containsExactly(0, 1);
	}

	private void load(ImportKind kind, String csv) {
		ImportResult result = imports.importFile(kind, "iat.csv", csv.getBytes(StandardCharsets.UTF_8), "iat-user",
				Locale.ENGLISH);
		assertThat(result.errors()).isEmpty();
	}
}
