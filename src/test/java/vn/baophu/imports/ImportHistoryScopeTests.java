package vn.baophu.imports;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.baophu.imports.ImportFiles.csv;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

/**
 * Each user sees the imports of their own subtree only, on the page and in the API; the warning for a
 * file imported before names the importer only to users who may see that import. Two test provinces
 * of our own; rolled back after each test.
 */
@BaophuTest
@Transactional
class ImportHistoryScopeTests {

	static final String FILE_A = "unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,1000,100,10,90\n";
	static final String FILE_B = "unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nS10A,2023-06,2000,200,20,180\n";

	@Autowired
	ImportService imports;

	@Autowired
	UnitService units;

	@Autowired
	MockMvc mvc;

	RequestPostProcessor staffA;
	RequestPostProcessor staffB;
	final RequestPostProcessor admin = user(new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true));

	@BeforeEach
	void twoProvincesWithAnImportEach() throws Exception {
		imports.importFile(ImportKind.UNITS, "units.csv", csv(ImportFiles.TEST_UNITS + """
				S10,Tỉnh Khác,tỉnh,
				S10A,Xã Khác,xã,S10
				"""), "admin", Locale.forLanguageTag("vi-VN"));
		staffA = user(new SignedInUser("scope-a", "x", "Cán bộ A", Role.PROVINCIAL_STAFF, units.require("T99").id(), true));
		staffB = user(new SignedInUser("scope-b", "x", "Cán bộ B", Role.PROVINCIAL_STAFF, units.require("S10").id(), true));
		upload(staffA, "a.csv", FILE_A, false).andExpect(status().isOk());
		upload(staffB, "b.csv", FILE_B, false).andExpect(status().isOk());
	}

	@Test
	void eachProvinceSeesItsOwnImportsAndTheAdministratorSeesAll() throws Exception {
		mvc.perform(get("/api/v1/imports").param("size", "500").with(staffA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].fileName").value("a.csv"))
			.andExpect(jsonPath("$.items[0].importedBy").value("scope-a"));
		mvc.perform(get("/imports/history").with(staffB))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("b.csv"), not(containsString("a.csv")),
					not(containsString("scope-a")), not(containsString("units.csv")))));
		mvc.perform(get("/api/v1/imports").with(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].fileName").value("b.csv"))
			.andExpect(jsonPath("$.items[1].fileName").value("a.csv"))
			.andExpect(jsonPath("$.items[2].fileName").value("units.csv"));
	}

	@Test
	void theSameFileWarningNamesTheImporterOnlyToThoseWhoMaySeeTheImport() throws Exception {
		upload(staffB, "copy-of-a.csv", FILE_A, true)
			.andExpect(jsonPath("$.warnings[0].row").value(0))
			.andExpect(jsonPath("$.warnings[0].message")
				.value("Tệp này đã được nhập trước đây (ngoài phạm vi đơn vị của bạn)."))
			.andExpect(content().string(not(containsString("scope-a"))));
		upload(staffA, "copy-of-a.csv", FILE_A, true)
			.andExpect(jsonPath("$.warnings[0].message")
				.value(org.hamcrest.Matchers.matchesPattern("Tệp này đã được nhập ngày .* bởi scope-a\\.")));
		upload(admin, "copy-of-b.csv", FILE_B, true)
			.andExpect(jsonPath("$.warnings[0].message")
				.value(org.hamcrest.Matchers.matchesPattern("Tệp này đã được nhập ngày .* bởi scope-b\\.")));
	}

	private org.springframework.test.web.servlet.ResultActions upload(RequestPostProcessor who, String name,
			String text, boolean dryRun) throws Exception {
		return mvc.perform(multipart("/api/v1/import/figures").file(new MockMultipartFile("file", name, "text/csv", csv(text)))
			.param("dryRun", String.valueOf(dryRun)).with(who).with(csrf()));
	}
}
