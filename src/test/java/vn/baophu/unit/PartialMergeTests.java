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

/**
 * Partial merges in a two-level province of its own: old communes split across two new ones by
 * share. Summed people are rounded half up once, on the final sum, never per predecessor; the
 * rules of a reform file are refused row by row and nothing is saved.
 */
@BaophuTest
@Transactional
class PartialMergeTests {

	// Populations chosen so that rounding per predecessor, or half to even, would give other numbers.
	private static final String UNITS = """
			code,name,type,parent_code
			T91,Tỉnh Thử Nghiệm,tỉnh,
			R91A,Xã A,xã,T91
			R91B,Xã B,xã,T91
			R91C,Xã C,xã,T91
			R91D,Xã D,xã,T91
			R91G,Xã G,xã,T91
			""";

	private static final String DENOMINATORS = """
			unit_code,year,population,labour_force
			R91A,2025,1001,500
			R91B,2025,1000,500
			R91C,2025,998,500
			R91D,2025,1003,500
			R91G,2025,1,1
			""";

	private static final String REFORM = """
			old_code,new_code,new_name,new_type,new_parent_code,share
			R91A,R91N1,Xã Mới Một,xã,T91,50
			R91A,R91N2,Xã Mới Hai,xã,T91,50
			R91D,R91N1,Xã Mới Một,xã,T91,"50,0"
			R91D,R91N2,Xã Mới Hai,xã,T91,50.00
			R91G,R91N1,Xã Mới Một,xã,T91,50
			R91G,R91N2,Xã Mới Hai,xã,T91,50
			R91B,R91N1,Xã Mới Một,xã,T91,
			R91C,R91N2,Xã Mới Hai,xã,T91,100
			""";

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void province() throws Exception {
		importCsv("units", UNITS, "").andExpect(status().isOk());
		importCsv("denominators", DENOMINATORS, "").andExpect(status().isOk());
	}

	@Test
	void sharesSplitPeopleAndTheSumIsRoundedHalfUpOnce() throws Exception {
		importCsv("reform", REFORM, "?effective=2025-07-01").andExpect(status().isOk());

		mvc.perform(get("/api/v1/units/T91/gap-table?period=2025-07").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(2)))
			// 500,5 + 501,5 + 0,5 + 1 000 = 2 002,5 → 2 003 (per predecessor it would be 2 004)
			.andExpect(jsonPath("$.rows[0].code").value("R91N1"))
			.andExpect(jsonPath("$.rows[0].bhyt.population").value(2003))
			.andExpect(jsonPath("$.rows[0].predecessors", hasSize(4)))
			// 500,5 + 501,5 + 0,5 + 998 = 2 000,5 → 2 001 (half to even would give 2 000)
			.andExpect(jsonPath("$.rows[1].code").value("R91N2"))
			.andExpect(jsonPath("$.rows[1].bhyt.population").value(2001))
			.andExpect(jsonPath("$.total.bhyt.population").value(4003));
		mvc.perform(get("/api/v1/units/T91/gap-table?period=2025-06").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(5)))
			.andExpect(jsonPath("$.total.bhyt.population").value(4003));
	}

	@Test
	void lastMonthOfASplitCommuneIsItsShare() throws Exception {
		importCsv("figures", """
				unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn
				R91A,2025-06,333,10,10,10
				R91B,2025-06,500,10,10,10
				R91C,2025-06,700,10,10,10
				R91D,2025-06,111,10,10,10
				R91G,2025-06,1,1,1,1
				""", "").andExpect(status().isOk());
		importCsv("reform", REFORM, "?effective=2025-07-01").andExpect(status().isOk());
		importCsv("figures", """
				unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn
				R91N1,2025-07,743,20,20,20
				R91N2,2025-07,923,20,20,20
				""", "").andExpect(status().isOk());

		// N1 in June: 166,5 + 55,5 + 0,5 + 500 = 722,5 → 723 people of 2 003 (rounded once, half up);
		// July 743 of 2 003: +20 people = +0,9985 → +1,00 point. Unrounded June would give +1,02;
		// June rounded per predecessor (167 + 56 + 1 + 500 = 724), +0,95.
		mvc.perform(get("/api/v1/units/T91/gap-table?period=2025-07").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].bhyt.participants").value(743))
			.andExpect(jsonPath("$.rows[0].fromPredecessors").value(true))
			.andExpect(jsonPath("$.rows[0].bhyt.changePoints").value(1.00));
	}

	@Test
	void aReformWithNothingOnItsNewUnitsIsUndone() throws Exception {
		importCsv("reform", REFORM, "?effective=2025-07-01").andExpect(status().isOk());
		String reforms = mvc.perform(get("/api/v1/reforms").with(admin())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		long id = com.jayway.jsonpath.JsonPath.parse(reforms).read("$[0].id", Long.class);

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/reforms/" + id)
			.with(admin()))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/units/T91/gap-table?period=2025-07").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(5)))
			.andExpect(jsonPath("$.total.bhyt.population").value(4003));
		mvc.perform(get("/api/v1/units/R91N1/gap-table?period=2025-07").with(admin())).andExpect(status().isNotFound());
		// The same file may be applied again.
		importCsv("reform", REFORM, "?effective=2025-07-01&dryRun=true").andExpect(status().isOk());
	}

	@Test
	void sharesOfAnOldUnitMustSumToAHundred() throws Exception {
		importCsv("reform", """
				old_code,new_code,new_name,new_type,new_parent_code,share
				R91A,R91N1,Xã Mới Một,xã,T91,50
				R91A,R91N2,Xã Mới Hai,xã,T91,40
				""", "?effective=2025-07-01&dryRun=true")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("share"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("R91A (90)")));
	}

	@Test
	void anUnknownOldCodeAndACodeOfAnotherUnitAreRefused() throws Exception {
		importCsv("reform", """
				old_code,new_code,new_name,new_type,new_parent_code,share
				R91Z,R91N1,Xã Mới Một,xã,T91,100
				R91B,R91C,Xã Mới Hai,xã,T91,100
				""", "?effective=2025-07-01")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("old_code"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("R91Z")))
			.andExpect(jsonPath("$.errors[1].row").value(3))
			.andExpect(jsonPath("$.errors[1].field").value("new_code"))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("Xã C")));
		// Nothing saved: R91B still exists in July.
		mvc.perform(get("/api/v1/units/R91B/gap-table?period=2025-07").with(admin())).andExpect(status().isOk());
	}

	@Test
	void aCodeGivenUpByAnotherUnitClosingInTheSameReformMayBeTaken() throws Exception {
		// As the official list does with 23710 (Xã A Dơk into Ia Dơk; the code to the new Xã Ia Băng).
		importCsv("reform", """
				old_code,new_code,new_name,new_type,new_parent_code,share
				R91A,R91N1,Xã Mới Một,xã,T91,100
				R91B,R91A,Xã Mới A,xã,T91,100
				""", "?effective=2025-07-01")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", hasSize(0)));
		mvc.perform(get("/api/v1/units/R91A/figures/2025-06").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Xã A"));
		mvc.perform(get("/api/v1/units/R91A/figures/2025-07").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Xã Mới A"));
		// Its July denominators are those of Xã B, the unit it is formed from, not of the old Xã A.
		mvc.perform(get("/api/v1/units/T91/gap-table?period=2025-07").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.code == 'R91A')].bhyt.population").value(1000));
	}

	@Test
	void aProvinceCannotCloseLeavingItsCommunesBehind() throws Exception {
		importCsv("reform", """
				old_code,new_code,new_name,new_type,new_parent_code,share
				T91,T92,Tỉnh Mới,tỉnh,,100
				R91A,R91N1,Xã Mới Một,xã,T92,100
				""", "?effective=2025-07-01&dryRun=true")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("old_code"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("R91B, R91C, R91D, R91G")));
	}

	@Test
	void withoutAnEffectiveDayNothingIsChecked() throws Exception {
		importCsv("reform", REFORM, "?dryRun=true")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("effective"));
	}

	private ResultActions importCsv(String kind, String csv, String query) throws Exception {
		return mvc.perform(post("/api/v1/import/" + kind + query).with(admin()).contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", "admin");
	}
}
