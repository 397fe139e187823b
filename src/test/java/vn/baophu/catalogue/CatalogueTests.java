package vn.baophu.catalogue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;

/**
 * The official lists shipped in the product: an edition's provinces, a province loaded through the
 * units import, and the reform of 1/7/2025 applied to Vĩnh Long's three predecessor provinces
 * (Bến Tre 83, Trà Vinh 84 with the demo's district, Vĩnh Long 86: 354 communes into 124).
 */
@BaophuTest
@Transactional
class CatalogueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Test
	void eachEditionListsItsProvinces() throws Exception {
		mvc.perform(get("/api/v1/catalogue/pre2025/provinces").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(63)));
		mvc.perform(get("/api/v1/catalogue/2025-07-01/provinces").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(34)))
			.andExpect(jsonPath("$[?(@.code == '86')].communes").value(hasItem(124)))
			.andExpect(jsonPath("$[?(@.code == '01')].type").value(hasItem("Thành phố trực thuộc trung ương")));
		mvc.perform(get("/api/v1/catalogue/1999/provinces").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void theReformAppliesToTheThreeProvincesThatBecameVinhLong() throws Exception {
		for (String province : new String[] { "83", "84", "86" }) {
			mvc.perform(post("/api/v1/catalogue/pre2025/provinces/" + province).with(admin()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.errors", hasSize(0)));
		}
		LocalDate june = LocalDate.of(2025, 6, 30);
		assertThat(units.leavesExistingOn(java.util.List.of("83", "84", "86"), june)).hasSize(354);

		mvc.perform(post("/api/v1/catalogue/reform-2025-07-01?dryRun=true").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", hasSize(0)))
			.andExpect(jsonPath("$.warnings[0].message").value(startsWith("Sắp xếp có hiệu lực từ 2025-07-01: thành lập 125 đơn vị")))
			.andExpect(content().string(containsString("Xã Càng Long (29266) được thành lập từ: 29266, 29269, 29299.")));
		mvc.perform(post("/api/v1/catalogue/reform-2025-07-01").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", hasSize(0)));

		mvc.perform(get("/api/v1/units/86/gap-table?period=2025-07").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.name").value("Tỉnh Vĩnh Long"))
			.andExpect(jsonPath("$.rows", hasSize(124)));
		mvc.perform(get("/api/v1/units/86/gap-table?period=2025-06").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.name").value("Tỉnh Vĩnh Long"))
			.andExpect(jsonPath("$.unit.level").value("PROVINCE"));
		mvc.perform(get("/api/v1/units/83/gap-table?period=2025-07").with(admin())).andExpect(status().isNotFound());
		// The demo's month is untouched.
		mvc.perform(get("/api/v1/units/844/gap-table?period=2023-06").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(14)))
			.andExpect(jsonPath("$.total.bhyt.participants").value(132600));
		// Districts went with their provinces; the old communes exist until 30/6/2025 only.
		assertThat(units.leavesExistingOn(java.util.List.of("83", "84"), june)).hasSize(252);
		assertThat(units.findByCode("844", YearMonth.of(2025, 7))).isEmpty();
		assertThat(units.findByCode("86", YearMonth.of(2025, 7))).get()
			.satisfies(unit -> assertThat(unit.openedFrom()).isEqualTo(LocalDate.of(2025, 7, 1)));
	}

	@Test
	void aSplitCommuneIsSharedEquallyAndTheSharesSumToAHundred() throws Exception {
		mvc.perform(post("/api/v1/catalogue/pre2025/provinces/86").with(admin())).andExpect(status().isOk());
		// Vĩnh Long's split communes go half and half (the reform import refuses shares that do not sum to 100).
		mvc.perform(post("/api/v1/catalogue/reform-2025-07-01").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", hasSize(0)))
			.andExpect(content().string(containsString(" (50 %)")));
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", "admin");
	}
}
