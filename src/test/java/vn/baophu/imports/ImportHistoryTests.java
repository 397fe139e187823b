package vn.baophu.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.baophu.imports.ImportFiles.csv;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

/**
 * Every import, saved or refused, is recorded with its checksum; a preview is not; the same file
 * again gets a warning saying when and by whom it was imported. Rolled back after each test.
 */
@BaophuTest
@Transactional
class ImportHistoryTests {

	static final Locale VI = Locale.forLanguageTag("vi-VN");

	static final String FIGURES = "unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,1000,,,\nT99B,2023-06,900,,,\n";

	/** SHA-256 of FIGURES, as `sha256sum` prints it. */
	static final String FIGURES_SHA256 = ImportHistory.checksum(csv(FIGURES));

	static final String SAME_FILE = "Tệp này đã được nhập ngày \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} bởi tester\\.";

	@Autowired
	ImportService imports;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void testProvince() {
		imports.importFile(ImportKind.UNITS, "units.csv", csv(ImportFiles.TEST_UNITS), "tester", VI);
	}

	@Test
	void theChecksumIsTheSha256OfTheBytes() {
		assertThat(ImportHistory.checksum("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void savedAndRefusedImportsAreRecordedNewestFirstButPreviewsAreNot() {
		imports.preview(ImportKind.FIGURES, "preview.csv", csv(FIGURES), VI);
		imports.importFile(ImportKind.FIGURES, "figures.csv", csv(FIGURES), "tester", VI);
		imports.importFile(ImportKind.FIGURES, "bad.csv", csv("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,12a,,,\nNOPE,2023-06,1,,,\n"),
				"other", VI);

		List<ImportRecord> newest = imports.history(PageRequest.of(0, 3)).getContent();
		assertThat(newest).extracting(ImportRecord::fileName).containsExactly("bad.csv", "figures.csv", "units.csv");
		ImportRecord bad = newest.get(0);
		assertThat(bad).extracting(ImportRecord::kind, ImportRecord::rows, ImportRecord::imported, ImportRecord::errors,
				ImportRecord::saved, ImportRecord::importedBy)
			.containsExactly(ImportKind.FIGURES, 2, 0, 2, false, "other");
		ImportRecord good = newest.get(1);
		assertThat(good).extracting(ImportRecord::checksum, ImportRecord::rows, ImportRecord::imported,
				ImportRecord::errors, ImportRecord::saved, ImportRecord::importedBy)
			.containsExactly(FIGURES_SHA256, 2, 2, 0, true, "tester");
		assertThat(good.importedAt().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
	}

	@Test
	void theSameFileAgainIsAWarningNotAnError() {
		assertThat(imports.preview(ImportKind.FIGURES, "figures.csv", csv(FIGURES), VI).warnings()).isEmpty();
		imports.importFile(ImportKind.FIGURES, "figures.csv", csv(FIGURES), "tester", VI);

		ImportResult preview = imports.preview(ImportKind.FIGURES, "copy.csv", csv(FIGURES), VI);
		assertThat(preview.saved()).isTrue();
		assertThat(preview.warnings()).hasSize(1);
		assertThat(preview.warnings().get(0).row()).isZero();
		assertThat(preview.warnings().get(0).message()).matches(SAME_FILE);

		ImportResult again = imports.importFile(ImportKind.FIGURES, "copy.csv", csv(FIGURES), "someone", VI);
		assertThat(again.imported()).isEqualTo(2);
		assertThat(again.warnings()).extracting(ImportProblem::message).singleElement().asString().matches(SAME_FILE);
		assertThat(imports.history(PageRequest.of(0, 1)).getContent().get(0).warnings()).isEqualTo(1);
	}

	@Test
	void aRefusedFileIsNotRecognisedAsImported() {
		String bad = "unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,12a,,,\n";
		imports.importFile(ImportKind.FIGURES, "bad.csv", csv(bad), "tester", VI);
		assertThat(imports.preview(ImportKind.FIGURES, "bad.csv", csv(bad), VI).warnings()).isEmpty();
	}

	@Test
	void thePageAndTheApiImportsAreRecordedAndTheHistoryIsListed() throws Exception {
		mvc.perform(post("/api/v1/import/figures").with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(csv(FIGURES))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/import/figures").with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(csv(FIGURES)).param("dryRun", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings[0].row").value(0))
			.andExpect(jsonPath("$.warnings[0].message").value(org.hamcrest.Matchers.matchesPattern(
					"Tệp này đã được nhập ngày .* bởi admin\\.")));
		MockMultipartFile file = new MockMultipartFile("file", "trang.csv", "text/csv", csv(FIGURES));
		mvc.perform(multipart("/imports/preview").file(file).param("kind", "figures").with(csrf())
			.with(user(new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tệp này đã được nhập ngày")));

		mvc.perform(get("/api/v1/imports").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.items[0].fileName").value("body.csv"))
			.andExpect(jsonPath("$.items[0].checksum").value(FIGURES_SHA256))
			.andExpect(jsonPath("$.items[0].saved").value(true))
			.andExpect(jsonPath("$.items[0].importedBy").value("admin"))
			.andExpect(jsonPath("$.items[1].fileName").value("units.csv"));

		mvc.perform(get("/imports/history").with(user(new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR,
				null, true))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-history\""), containsString("body.csv"),
					containsString(FIGURES_SHA256.substring(0, 12)), containsString("Đã lưu"),
					containsString("Số người tham gia hằng tháng"))));
	}

	@Test
	void onlyImportersSeeTheHistory() throws Exception {
		SignedInUser leader = new SignedInUser("leader", "x", "Lãnh đạo", Role.LEADER, null, true);
		mvc.perform(get("/imports/history").with(user(leader))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/imports").with(user(leader))).andExpect(status().isForbidden());
	}

	@Test
	void theImportPageLinksToTheHistory() throws Exception {
		mvc.perform(get("/imports").with(user(new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true))))
			.andExpect(content().string(containsString("href=\"/imports/history\"")));
	}
}
