package vn.baophu.report;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A district without its own targets takes those of its communes, weighted by each scheme's own
 * denominator: BHYT by population, BHXH, BHXH voluntary and BHTN by labour force. The two communes
 * differ in both rates and in their shares of population and labour force, so a plain average, or
 * the wrong weight, gives another number.
 */
@BaophuTest
class DerivedTargetWeightsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@BeforeEach
	void province() throws Exception {
		if (units.findByCode("DTWP").isPresent()) {
			return;
		}
		load("units", """
				code,name,type,parent_code
				DTWP,Tỉnh Trọng Số,tỉnh,
				DTWD,Huyện Trọng Số,huyện,DTWP
				DTWA,Xã Một,xã,DTWD
				DTWB,Xã Hai,xã,DTWD
				""");
		load("denominators", """
				unit_code,year,population,labour_force
				DTWA,2031,1000,600
				DTWB,2031,3000,900
				""");
		load("targets", """
				unit_code,year,indicator,rate,decision
				DTWA,2031,BHYT,90,QĐ 1
				DTWB,2031,BHYT,98,QĐ 1
				DTWA,2031,BHXH,20,QĐ 1
				DTWB,2031,BHXH,30,QĐ 1
				DTWA,2031,BHXH_TN,5,QĐ 1
				DTWB,2031,BHXH_TN,8,QĐ 1
				DTWA,2031,BHTN,10,QĐ 1
				DTWB,2031,BHTN,16,QĐ 1
				""");
		// Only Xã Một reports June: the district's row is incomplete, Xã Hai's has no figures.
		load("figures", """
				unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn
				DTWA,2031-06,950,100,20,50
				""");
	}

	/** The page's cells (GapTableCells): a derived target starred, why people are missing, where a unit stands. */
	@Test
	void thePageMarksDerivedTargetsMissingFiguresAndStanding() throws Exception {
		String province = mvc.perform(get("/units/DTWP/gap?period=2031-06").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(province)
			.contains("<td class=\"num\" data-sort-value=\"96.0000\"><span>96,00%</span><sup title=\"Chỉ tiêu suy ra: "
					+ "bình quân gia quyền theo mẫu số của chỉ tiêu các đơn vị trực thuộc\">*</sup></td>")
			.contains("<td class=\"num\"><span class=\"missing\">thiếu số liệu (1/2 đơn vị)</span></td>");
		String district = mvc.perform(get("/units/DTWD/gap?period=2031-06").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(district)
			// Xã Một: 950 of 1 000 against 90 %, ahead; own target, no star
			.contains("<td class=\"num\" data-sort-value=\"950\"><span>950</span></td>")
			.contains("<td class=\"num\" data-sort-value=\"90.0000\"><span>90,00%</span></td>")
			.containsPattern("<td class=\"num achievement ahead\" data-sort-value=\"105\\.5[0-9]*\">105,56%</td>")
			// Xã Hai: no figures, no sort key, no standing
			.contains("<td class=\"num\"><span class=\"missing\">chưa có số liệu</span></td>")
			.contains("<td class=\"num achievement\">—</td>");
	}

	@Test
	void eachSchemeIsWeightedByItsOwnDenominator() throws Exception {
		mvc.perform(get("/api/v1/units/DTWP/gap-table?period=2031-06").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].code").value("DTWD"))
			// (90 × 1 000 + 98 × 3 000) / 4 000
			.andExpect(jsonPath("$.rows[0].bhyt.target").value(96.00))
			.andExpect(jsonPath("$.rows[0].bhyt.targetDerived").value(true))
			// (20 × 600 + 30 × 900) / 1 500; by population it would be 27,50, plainly averaged 25,00
			.andExpect(jsonPath("$.rows[0].bhxh.target").value(26.00))
			// (5 × 600 + 8 × 900) / 1 500
			.andExpect(jsonPath("$.rows[0].bhxh.voluntaryTarget").value(6.80))
			// (10 × 600 + 16 × 900) / 1 500
			.andExpect(jsonPath("$.rows[0].bhtn.target").value(13.60))
			.andExpect(jsonPath("$.total.bhxh.target").value(26.00))
			.andExpect(jsonPath("$.total.bhxh.targetDerived").value(true));
	}

	private void load(String kind, String csv) throws Exception {
		mvc.perform(post("/api/v1/import/" + kind).with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk());
	}
}
