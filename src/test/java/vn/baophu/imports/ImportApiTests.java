package vn.baophu.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.figures.FiguresService;
import vn.baophu.figures.MonthlyCounts;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

/** POST /api/v1/import/{kind}: raw CSV, raw .xlsx or multipart; 200 saved, 422 nothing saved. */
@BaophuTest
@Transactional
class ImportApiTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	FiguresService figures;

	@BeforeEach
	void testProvince() throws Exception {
		mvc.perform(post("/api/v1/import/units").with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(ImportFiles.TEST_UNITS.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(4))
			.andExpect(jsonPath("$.errors", hasSize(0)))
			.andExpect(jsonPath("$.warnings", hasSize(0)));
	}

	@Test
	void aGoodCsvBodyIsSaved() throws Exception {
		mvc.perform(post("/api/v1/import/figures").with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(csv("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,\"1.234\",,,\nT99B,2023-06,99,,,\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));

		assertThat(june("T99A")).extracting(MonthlyCounts::bhyt).containsExactly(1234L);
	}

	@Test
	void aBadRowGives422WithEveryProblemAndSavesNothing() throws Exception {
		mvc.perform(post("/api/v1/import/figures").with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(csv("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,1000,,,\nT99B,2023-06,12a,,,\n")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("bhyt"))
			.andExpect(jsonPath("$.errors[0].message").value("Dòng 3, cột bhyt: \"12a\" không phải là số."))
			.andExpect(jsonPath("$.warnings").isArray());

		assertThat(june("T99A")).isEmpty();
	}

	@Test
	void aFiguresFileWithoutOneSchemeColumnIsRefusedNamingItAndErasesNothing() throws Exception {
		mvc.perform(post("/api/v1/import/figures").with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(csv("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,12787,1157,407,1137\n")))
			.andExpect(status().isOk());

		mvc.perform(post("/api/v1/import/figures").with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(csv("unit_code,period,bhyt,bhxh_bb,bhxh_tn\nT99A,2023-06,12800,1160,410\n")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("bhtn"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Dòng 1, cột bhtn: thiếu cột bắt buộc \"bhtn\" trong dòng tiêu đề."));

		assertThat(june("T99A")).singleElement().satisfies(saved -> {
			assertThat(saved.bhyt()).isEqualTo(12787L);
			assertThat(saved.bhxhCompulsory()).isEqualTo(1157L);
			assertThat(saved.bhxhVoluntary()).isEqualTo(407L);
			assertThat(saved.bhtn()).isEqualTo(1137L);
		});
	}

	@Test
	void anEmptyCellInAFullFileIsSavedAsNotReported() throws Exception {
		mvc.perform(post("/api/v1/import/figures").with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(csv("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,12787,1157,,1137\n")))
			.andExpect(status().isOk());

		assertThat(june("T99A")).singleElement().satisfies(saved -> {
			assertThat(saved.bhyt()).isEqualTo(12787L);
			assertThat(saved.bhxhCompulsory()).isEqualTo(1157L);
			assertThat(saved.bhxhVoluntary()).isNull();
			assertThat(saved.bhtn()).isEqualTo(1137L);
		});
	}

	@Test
	void messagesInEnglishWithLangEn() throws Exception {
		mvc.perform(post("/api/v1/import/figures").param("lang", "en").with(httpBasic("admin", "admin"))
			.contentType("text/csv").content(csv("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,12a,,,\n")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Row 2, column bhyt: \"12a\" is not a number."));
	}

	@Test
	void aDryRunSavesNothing() throws Exception {
		mvc.perform(post("/api/v1/import/figures").param("dryRun", "true").with(httpBasic("admin", "admin"))
			.contentType("text/csv").content(csv("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,1000,,,\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));

		assertThat(june("T99A")).isEmpty();
	}

	@Test
	void anXlsxBodyIsSaved() throws Exception {
		byte[] file = ImportFiles.xlsx(new Object[] { "unit_code", "year", "indicator", "rate" },
				new Object[] { "T99", 2023, "BHYT", new ImportFiles.Percent(0.95) });

		mvc.perform(post("/api/v1/import/targets").with(httpBasic("admin", "admin")).contentType(XLSX).content(file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
	}

	@Test
	void aMultipartFileIsSavedAndWarningsDoNotBlock() throws Exception {
		mvc.perform(multipart("/api/v1/import/denominators")
			.file(new MockMultipartFile("file", "d.csv", "text/csv", csv("unit_code,year,population\nT99A,2023,100\n")))
			.with(httpBasic("admin", "admin")))
			.andExpect(status().isOk());

		mvc.perform(multipart("/api/v1/import/figures")
			.file(new MockMultipartFile("file", "f.xlsx", XLSX, ImportFiles.xlsx(
					new Object[] { "unit_code", "period", "bhyt", "bhxh_bb", "bhxh_tn", "bhtn" }, new Object[] { "T99A", "2023-06", 150 })))
			.with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.warnings[0].row").value(2))
			.andExpect(jsonPath("$.warnings[0].field").value("bhyt"));

		assertThat(june("T99A")).extracting(MonthlyCounts::bhyt).containsExactly(150L);
	}

	@Test
	void withoutSigningInTheAnswerIs401() throws Exception {
		mvc.perform(post("/api/v1/import/figures").contentType("text/csv").content(csv("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\n")))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/import/figures").with(httpBasic("admin", "wrong")).contentType("text/csv")
			.content(csv("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\n")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anUnknownKindIs404() throws Exception {
		mvc.perform(post("/api/v1/import/people").with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(csv("a,b\n1,2\n")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aLeaderMayNotImport() throws Exception {
		SignedInUser leader = new SignedInUser("leader", "x", "Lãnh đạo", Role.LEADER, null, true);

		mvc.perform(post("/api/v1/import/figures").with(user(leader)).contentType("text/csv")
			.content(csv("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,1000,,,\n")))
			.andExpect(status().isForbidden());
	}

	List<MonthlyCounts> june(String code) {
		return figures.find(List.of(units.findByCode(code).orElseThrow().id()), List.of(YearMonth.of(2023, 6)));
	}

	static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
