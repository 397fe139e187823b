package vn.baophu.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;

/**
 * The appendix of Kế hoạch 295/KH-BCĐ (students' BHYT per school, 2022-2023), loaded by the demo:
 * every row against the appendix's own published insured, remaining and rate, and the total the plan
 * quotes; the import's row-level refusals.
 */
@BaophuTest
class SchoolAppendixTests {

	/** One published row: school, students, other group, at school, insured, remaining, rate. */
	record Published(String school, long students, long otherGroup, long atSchool, long insured, long remaining,
			BigDecimal rate) {
	}

	@Autowired
	MockMvc mvc;

	@Test
	void everyRowAndTheTotalAreThoseOfThePublishedAppendix() throws Exception {
		String json = mvc.perform(get("/api/v1/units/844/schools?schoolYear=2022-2023").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.code").value("844"))
			.andExpect(jsonPath("$.schoolYear").value("2022-2023"))
			.andExpect(jsonPath("$.rows", hasSize(45)))
			.andExpect(jsonPath("$.total.students").value(26564))
			.andExpect(jsonPath("$.total.insured").value(26417))
			.andExpect(jsonPath("$.total.insuredOtherGroup").value(2703))
			.andExpect(jsonPath("$.total.insuredAtSchool").value(23714))
			.andExpect(jsonPath("$.total.remaining").value(147))
			.andExpect(jsonPath("$.total.rate").value(99.45))
			.andReturn().getResponse().getContentAsString();
		List<Published> published = published();
		for (int i = 0; i < published.size(); i++) {
			Published row = published.get(i);
			String at = "$.rows[" + i + "].";
			assertThat((String) JsonPath.read(json, at + "school")).as("row %d", i + 1).isEqualTo(row.school());
			assertThat(((Number) JsonPath.read(json, at + "students")).longValue()).isEqualTo(row.students());
			assertThat(((Number) JsonPath.read(json, at + "insuredOtherGroup")).longValue()).isEqualTo(row.otherGroup());
			assertThat(((Number) JsonPath.read(json, at + "insuredAtSchool")).longValue()).isEqualTo(row.atSchool());
			assertThat(((Number) JsonPath.read(json, at + "insured")).longValue()).as(row.school()).isEqualTo(row.insured());
			assertThat(((Number) JsonPath.read(json, at + "remaining")).longValue()).as(row.school())
				.isEqualTo(row.remaining());
			assertThat(new BigDecimal(JsonPath.read(json, at + "rate").toString())).as(row.school())
				.isEqualByComparingTo(row.rate());
		}
	}

	@Test
	void thePageHasTheAppendixAndTheSentenceOfThePlan() throws Exception {
		mvc.perform(get("/units/844/schools?schoolYear=2022-2023").with(admin()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString(
					"… có 26.417/26.564 học sinh tham gia BHYT chiếm 99,45% tổng số học sinh, vẫn còn 147 em chưa tham gia BHYT.")));
	}

	@Test
	void theDashboardHasTheStudentsCardWithTheSchoolsBelowAHundred() throws Exception {
		long behind = published().stream().filter(row -> row.remaining() > 0).count();
		mvc.perform(get("/api/v1/units/844/dashboard?period=2023-06").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.students.schoolYear").value("2022-2023"))
			.andExpect(jsonPath("$.students.rate").value(99.45))
			.andExpect(jsonPath("$.students.remaining").value(147))
			.andExpect(jsonPath("$.students.behind", hasSize((int) behind)))
			.andExpect(jsonPath("$.students.behind[0].school").value("Trường TH Bình Phú A"))
			.andExpect(jsonPath("$.students.behind[0].remaining").value(60))
			.andExpect(jsonPath("$.students.behind[0].rate").value(93.40));
		mvc.perform(get("/units/844/dashboard?period=2023-06").with(admin()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("Trường TH Bình Phú A: 93,40%, còn 60 em")));
	}

	@Test
	@Transactional
	void eachSchoolBelowAHundredGetsATaskUnderTheDirective() throws Exception {
		String directives = mvc.perform(get("/api/v1/units/844/directives").with(admin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		long directive = ((Number) JsonPath.read(directives, "$[0].id")).longValue();
		long behind = published().stream().filter(row -> row.remaining() > 0).count();

		mvc.perform(post("/api/v1/units/844/schools/allocation").with(admin()).contentType("application/json")
			.content("{\"schoolYear\": \"2022-2023\", \"directiveId\": " + directive + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.created", hasSize((int) behind)));
		String board = mvc.perform(get("/api/v1/units/844/tasks").with(admin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> descriptions = JsonPath.read(board,
				"$.all[?(@.assignee == 'Trường TH Bình Phú A')].description");
		assertThat(descriptions).contains("Vận động 60 học sinh còn lại tham gia BHYT");
	}

	@Test
	@Transactional
	void badRowsAreRefusedRowByRowAndNothingIsSaved() throws Exception {
		mvc.perform(post("/api/v1/import/schools").with(admin()).contentType("text/csv").content("""
				unit_code,school,level,school_year,as_of,students,insured_other_group,insured_at_school
				844,Trường Mới A,tiểu học,2023-2024,30/06/2024,100,10,80
				844,Trường Mới B,tiểu học,2023-2024,30/06/2024,100,30,80
				844,Trường Mới C,THCS,2023-2024,30/06/2024,-5,0,0
				99999,Trường Mới D,THPT,2023-2024,2024-06-30,10,0,0
				844,Trường Mới E,THPT,2023-2025,30/06/2024,10,0,0
				""".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors", hasSize(4)))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("110")))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].field").value("students"))
			.andExpect(jsonPath("$.errors[2].row").value(5))
			.andExpect(jsonPath("$.errors[2].field").value("unit_code"))
			.andExpect(jsonPath("$.errors[3].row").value(6))
			.andExpect(jsonPath("$.errors[3].field").value("school_year"));
		mvc.perform(get("/api/v1/units/844/schools?schoolYear=2023-2024").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(0)));
	}

	@Test
	@Transactional
	void theLatestSnapshotOfASchoolYearCounts() throws Exception {
		mvc.perform(post("/api/v1/import/schools").with(admin()).contentType("text/csv").content("""
				unit_code,school,level,school_year,as_of,students,insured_other_group,insured_at_school
				29266,Trường TH Thử,tiểu học,2023-2024,31/12/2023,200,20,150
				29266,Trường TH Thử,tiểu học,2023-2024,2024-05-31,200,20,180
				""".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
		mvc.perform(get("/api/v1/units/29266/schools?schoolYear=2023-2024").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(1)))
			.andExpect(jsonPath("$.rows[0].insured").value(200))
			.andExpect(jsonPath("$.rows[0].remaining").value(0))
			.andExpect(jsonPath("$.rows[0].rate").value(100.0));
	}

	static List<Published> published() throws Exception {
		List<Published> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/schools.csv").getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] cells = line.split(",", 12);
				rows.add(new Published(cells[2], Long.parseLong(cells[6]), Long.parseLong(cells[7]),
						Long.parseLong(cells[8]), Long.parseLong(cells[9]), Long.parseLong(cells[10]),
						new BigDecimal(cells[11].replace("\"", "").replace(',', '.'))));
			}
		}
		return rows;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", "admin");
	}
}
