package vn.baophu.unit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.support.TestUsers;
import vn.baophu.user.Role;
import vn.baophu.user.UserService;

/**
 * The reform of 1/7/2025 on the demo's 14 communes, through the API: figures entered for June on the
 * old communes and for July on the five new ones, 2025 denominators and targets on the old ones only.
 */
@BaophuTest
@Transactional
class ReformApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@BeforeEach
	void reformAndFigures() throws Exception {
		importCsv("denominators", ReformDemoData.denominatorsCsv(), "").andExpect(status().isOk());
		importCsv("targets", ReformDemoData.targetsCsv(), "").andExpect(status().isOk());
		importCsv("figures", ReformDemoData.juneFiguresCsv(), "").andExpect(status().isOk());
		importCsv("reform", ReformDemoData.REFORM_CSV, "?effective=2025-07-01")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(15));
		importCsv("figures", ReformDemoData.julyFiguresCsv(), "").andExpect(status().isOk());
	}

	@Test
	void theNewProvinceHasTheFiveNewCommunesWithTheirPredecessorsSummed() throws Exception {
		ResultActions table = mvc.perform(get("/api/v1/units/86/gap-table?period=2025-07").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(5)));
		int index = 0;
		for (String code : ReformDemoData.MERGES.keySet()) {
			String row = "$.rows[" + index++ + "]";
			table.andExpect(jsonPath(row + ".code").value(code))
				.andExpect(jsonPath(row + ".bhyt.population").value(ReformDemoData.newPopulation(code)))
				.andExpect(jsonPath(row + ".bhyt.participants").value(ReformDemoData.julyBhyt(code)))
				.andExpect(jsonPath(row + ".bhyt.target").value(ReformDemoData.newBhytTarget(code).doubleValue()))
				.andExpect(jsonPath(row + ".bhyt.targetDerived").value(true))
				.andExpect(jsonPath(row + ".bhyt.changePoints")
					.value(ReformDemoData.newBhytChangePoints(code).doubleValue()))
				.andExpect(jsonPath(row + ".fromPredecessors").value(true))
				.andExpect(jsonPath(row + ".predecessors", hasSize(ReformDemoData.MERGES.get(code).size())));
		}
		long population = ReformDemoData.MERGES.keySet().stream().mapToLong(ReformDemoData::newPopulation).sum();
		table.andExpect(jsonPath("$.total.bhyt.population").value(population))
			.andExpect(jsonPath("$.total.bhyt.targetDerived").value(true))
			.andExpect(jsonPath("$.total.fromPredecessors").value(true));
	}

	@Test
	void theNewProvincesTrendBeforeTheReformIsThatOfItsPredecessors() throws Exception {
		long population = ReformDemoData.MERGES.keySet().stream().mapToLong(ReformDemoData::newPopulation).sum();
		long june = ReformDemoData.oldCodes().stream().mapToLong(ReformDemoData::juneBhyt).sum();
		long july = ReformDemoData.MERGES.keySet().stream().mapToLong(ReformDemoData::julyBhyt).sum();
		mvc.perform(get("/api/v1/units/86/dashboard?period=2025-07").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trend.series[0].indicator").value("BHYT"))
			// June is the 14 old communes' (Tỉnh Vĩnh Long did not exist yet), July the five new ones'
			.andExpect(jsonPath("$.trend.series[0].thisYear[5]").value(percent(june, population)))
			.andExpect(jsonPath("$.trend.series[0].thisYear[6]").value(percent(july, population)))
			.andExpect(jsonPath("$.trend.series[0].thisYear[4]").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.ranking", hasSize(5)));
	}

	private static double percent(long participants, long population) {
		return java.math.BigDecimal.valueOf(participants * 100)
			.divide(java.math.BigDecimal.valueOf(population), 2, java.math.RoundingMode.HALF_UP)
			.doubleValue();
	}

	@Test
	void theOldDistrictKeepsItsMonthsAndIsGoneAfterTheReform() throws Exception {
		mvc.perform(get("/api/v1/units/844/gap-table?period=2025-06").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(14)))
			.andExpect(jsonPath("$.rows[0].fromPredecessors").value(false))
			.andExpect(jsonPath("$.total.bhyt.population")
				.value(ReformDemoData.oldCodes().stream().mapToLong(ReformDemoData::population).sum()));
		mvc.perform(get("/api/v1/units/844/gap-table?period=2025-07").with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("Huyện Càng Long")))
			.andExpect(jsonPath("$.detail").value(containsString("30/06/2025")))
			.andExpect(jsonPath("$.detail").value(containsString("01/07/2025")));
		mvc.perform(get("/api/v1/units/844/gap-table?period=2023-06").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(14)))
			.andExpect(jsonPath("$.total.bhyt.participants").value(132600));
	}

	@Test
	void aKeptCodeNamesTheOldCommuneBeforeAndTheNewOneAfter() throws Exception {
		mvc.perform(get("/api/v1/units/29266/figures/2025-06").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Thị trấn Càng Long"))
			.andExpect(jsonPath("$.bhyt").value(ReformDemoData.juneBhyt("29266")));
		mvc.perform(get("/api/v1/units/29266/figures/2025-07").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Xã Càng Long"))
			.andExpect(jsonPath("$.bhyt").value(ReformDemoData.julyBhyt("29266")));
		mvc.perform(get("/api/v1/units/29269/figures/2025-07").with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("Xã Mỹ Cẩm")));
	}

	@Test
	void theSameFileIsNotAppliedTwice() throws Exception {
		importCsv("reform", ReformDemoData.REFORM_CSV, "?effective=2025-07-01")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("đã được áp dụng")));
	}

	@Test
	void theEntryGridShowsTheNewCommunesWithTheirPredecessorsLastMonth() throws Exception {
		long june = ReformDemoData.MERGES.get("29266").stream().mapToLong(ReformDemoData::juneBhyt).sum();
		String lastMonth = String.format(java.util.Locale.ROOT, "%,d", june).replace(',', '.');
		String page = mvc.perform(get("/units/86/entry?period=2025-07")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page).contains("Xã Càng Long", lastMonth)
			.doesNotContain("Thị trấn Càng Long");
	}

	@Test
	void aReformWithFiguresOnItsNewUnitsCannotBeUndone() throws Exception {
		String reforms = mvc.perform(get("/api/v1/reforms").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].effective").value("2025-07-01"))
			.andExpect(jsonPath("$[0].formed").value(6))
			.andReturn().getResponse().getContentAsString();
		long id = com.jayway.jsonpath.JsonPath.parse(reforms).read("$[0].id", Long.class);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/reforms/" + id)
			.with(admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.inUse.monthly_figures").value(5));
		mvc.perform(get("/api/v1/units/29266/figures/2025-07").with(admin())).andExpect(status().isOk());
	}

	@Test
	void onlyAnAdministratorOfTheWholeTreeAppliesAReform() throws Exception {
		String staff = TestUsers.uniqueName();
		users.create(staff, "mat-khau-can-bo-tinh", "Cán bộ tỉnh", Role.PROVINCIAL_STAFF, null);
		mvc.perform(post("/api/v1/import/reform?effective=2026-01-01&dryRun=true")
			.with(httpBasic(staff, "mat-khau-can-bo-tinh"))
			.contentType("text/csv").content("old_code,new_code,new_name,new_type\n29266,29266,X,xã\n"))
			.andExpect(status().isForbidden());
	}

	private ResultActions importCsv(String kind, String csv, String query) throws Exception {
		return mvc.perform(post("/api/v1/import/" + kind + query).with(admin()).contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", "admin");
	}
}
