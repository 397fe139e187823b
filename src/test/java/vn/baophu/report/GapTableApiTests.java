package vn.baophu.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.baophu.support.BaophuTest;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The gap-table JSON of the Càng Long demo month, against the numbers the district published. */
@BaophuTest
class GapTableApiTests {

	private static final String JUNE = "/api/v1/units/844/gap-table?period=2023-06";

	@Autowired
	MockMvc mvc;

	@Test
	void communeRowsMatchThePublishedBhytFigures() throws Exception {
		mvc.perform(get(JUNE).with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.code").value("844"))
			.andExpect(jsonPath("$.period").value("2023-06"))
			.andExpect(jsonPath("$.rows", hasSize(14)))
			.andExpect(jsonPath("$.rows[0].code").value("29266"))
			.andExpect(jsonPath("$.rows[0].name").value("Thị trấn Càng Long"))
			.andExpect(jsonPath("$.rows[0].bhyt.population").value(13737))
			.andExpect(jsonPath("$.rows[0].bhyt.participants").value(12787))
			.andExpect(jsonPath("$.rows[0].bhyt.coverage").value(93.08))
			.andExpect(jsonPath("$.rows[0].bhyt.target").value(95.00))
			.andExpect(jsonPath("$.rows[0].bhyt.achievement").value(97.98))
			.andExpect(jsonPath("$.rows[0].bhyt.remaining").value(263))
			// May: 12 577 of 13 737 = 91,555 %, June 93,084 %: +1,53 points
			.andExpect(jsonPath("$.rows[0].bhyt.changePoints").value(1.53))
			.andExpect(jsonPath("$.rows[0].bhyt.sumOfPositiveGaps").doesNotExist())
			.andExpect(jsonPath("$.rows[2].code").value("29272"))
			.andExpect(jsonPath("$.rows[2].bhyt.coverage").value(95.98))
			.andExpect(jsonPath("$.rows[2].bhyt.achievement").value(101.03))
			.andExpect(jsonPath("$.rows[2].bhyt.remaining").value(-75));
	}

	@Test
	void totalRowIsComputedFromTheSumsWithItsOwnTarget() throws Exception {
		mvc.perform(get(JUNE).with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.code").value("844"))
			.andExpect(jsonPath("$.total.leafUnits").value(14))
			.andExpect(jsonPath("$.total.bhyt.population").value(148806))
			.andExpect(jsonPath("$.total.bhyt.participants").value(132600))
			.andExpect(jsonPath("$.total.bhyt.coverage").value(89.11))
			.andExpect(jsonPath("$.total.bhyt.achievement").value(93.80))
			.andExpect(jsonPath("$.total.bhyt.remaining").value(8766))
			.andExpect(jsonPath("$.total.bhyt.targetDerived").value(false))
			// the lagging communes owe more than the district's own gap, since some communes exceed
			.andExpect(jsonPath("$.total.bhyt.sumOfPositiveGaps").value(9028))
			.andExpect(jsonPath("$.total.bhyt.reportedUnits").value(14));
	}

	@Test
	void bhxhSplitsTheRemainingIntoCompulsoryAndVoluntary() throws Exception {
		// Thị trấn Càng Long: labour force 7 006, bắt buộc 1 157, tự nguyện 407; targets 26,07 % and 6,70 %.
		// total: 26,07 % × 7 006 − 1 564 = 262,46 → 262; voluntary: 6,70 % × 7 006 − 407 = 62,40 → 62
		mvc.perform(get(JUNE).with(httpBasic("admin", "admin")))
			.andExpect(jsonPath("$.rows[0].bhxh.labourForce").value(7006))
			.andExpect(jsonPath("$.rows[0].bhxh.compulsory").value(1157))
			.andExpect(jsonPath("$.rows[0].bhxh.voluntary").value(407))
			.andExpect(jsonPath("$.rows[0].bhxh.participants").value(1564))
			.andExpect(jsonPath("$.rows[0].bhxh.coverage").value(22.32))
			.andExpect(jsonPath("$.rows[0].bhxh.voluntaryCoverage").value(5.81))
			.andExpect(jsonPath("$.rows[0].bhxh.target").value(26.07))
			.andExpect(jsonPath("$.rows[0].bhxh.voluntaryTarget").value(6.70))
			.andExpect(jsonPath("$.rows[0].bhxh.remaining").value(262))
			.andExpect(jsonPath("$.rows[0].bhxh.remainingVoluntary").value(62))
			.andExpect(jsonPath("$.rows[0].bhxh.remainingCompulsory").value(200))
			// no BHXH figures in May: nothing to compare with
			.andExpect(jsonPath("$.rows[0].bhxh.changePoints").value(nullValue()))
			.andExpect(jsonPath("$.rows[0].bhtn.labourForce").value(7006))
			.andExpect(jsonPath("$.rows[0].bhtn.participants").value(1137))
			.andExpect(jsonPath("$.total.bhxh.sumOfPositiveGaps").isNumber())
			.andExpect(jsonPath("$.total.bhtn.sumOfPositiveGaps").isNumber());
	}

	@Test
	void reproducesTheGapsThePlanAssignsToHuyenHoiAndPhuongThanh() throws Exception {
		// Kế hoạch 295/KH-BCĐ: "Vận động thêm 2.362 người tham gia BHYT, 170 người BHXH bắt buộc,
		// 115 người BHXH tự nguyện, 135 người BHTN" (Huyền Hội) and 1.608, 162, 85, 157 (Phương Thạnh)
		mvc.perform(get(JUNE).with(httpBasic("admin", "admin")))
			.andExpect(jsonPath("$.rows[4].code").value("29278"))
			.andExpect(jsonPath("$.rows[4].bhyt.remaining").value(2362))
			.andExpect(jsonPath("$.rows[4].bhxh.remainingCompulsory").value(170))
			.andExpect(jsonPath("$.rows[4].bhxh.remainingVoluntary").value(115))
			.andExpect(jsonPath("$.rows[4].bhtn.remaining").value(135))
			.andExpect(jsonPath("$.rows[8].code").value("29290"))
			.andExpect(jsonPath("$.rows[8].bhyt.remaining").value(1608))
			.andExpect(jsonPath("$.rows[8].bhxh.remainingCompulsory").value(162))
			.andExpect(jsonPath("$.rows[8].bhxh.remainingVoluntary").value(85))
			.andExpect(jsonPath("$.rows[8].bhtn.remaining").value(157));
	}

	@Test
	void aMonthWithoutFiguresIsMissingNotZero() throws Exception {
		mvc.perform(get("/api/v1/units/844/gap-table?period=2023-04").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].bhyt.population").value(13737))
			.andExpect(jsonPath("$.rows[0].bhyt.participants").value(nullValue()))
			.andExpect(jsonPath("$.rows[0].bhyt.coverage").value(nullValue()))
			.andExpect(jsonPath("$.rows[0].bhyt.remaining").value(nullValue()))
			.andExpect(jsonPath("$.total.bhyt.participants").value(nullValue()))
			.andExpect(jsonPath("$.total.bhyt.reportedUnits").value(0))
			.andExpect(jsonPath("$.total.bhyt.sumOfPositiveGaps").value(0));
	}

	@Test
	void aProvinceWithoutItsOwnTargetDerivesItFromTheDistricts() throws Exception {
		mvc.perform(get("/api/v1/units/84/gap-table?period=2023-06").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(1)))
			.andExpect(jsonPath("$.rows[0].code").value("844"))
			.andExpect(jsonPath("$.rows[0].bhyt.remaining").value(8766))
			.andExpect(jsonPath("$.total.bhyt.target").value(95.00))
			.andExpect(jsonPath("$.total.bhyt.targetDerived").value(true))
			.andExpect(jsonPath("$.total.bhxh.target").value(22.69))
			.andExpect(jsonPath("$.total.bhxh.voluntaryTarget").value(6.17))
			.andExpect(jsonPath("$.total.bhtn.target").value(15.66))
			.andExpect(jsonPath("$.total.bhyt.remaining").value(8766));
	}

	@Test
	void aCommuneIsItsOwnTotalWithNoRows() throws Exception {
		mvc.perform(get("/api/v1/units/29266/gap-table?period=2023-06").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(0)))
			.andExpect(jsonPath("$.total.bhyt.remaining").value(263));
	}

	@Test
	void refusesStrangersUnknownUnitsAndMalformedMonths() throws Exception {
		mvc.perform(get(JUNE)).andExpect(status().isUnauthorized());
		mvc.perform(get(JUNE).with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/units/00000/gap-table").with(httpBasic("admin", "admin")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/units/844/gap-table?period=2023-13").with(httpBasic("admin", "admin")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void withoutAPeriodTheNewestMonthWithFiguresIsShown() throws Exception {
		mvc.perform(get("/api/v1/units/844/gap-table").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value("2023-06"));
	}
}
