package vn.baophu.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import vn.baophu.figures.FiguresService;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

/** The import page: form, templates, preview with every problem, then saving the previewed file. */
@BaophuTest
@Transactional
class ImportPageTests {

	/** The stored administrator: a session re-reads the account, and a made-up principal would be signed out. */
	private RequestPostProcessor storedAdmin() {
		return user(users.loadUserByUsername("admin"));
	}

	static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true));

	static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	vn.baophu.user.UserService users;

	@Autowired
	ImportService imports;

	@Autowired
	UnitService units;

	@Autowired
	FiguresService figures;

	@BeforeEach
	void testProvince() {
		imports.importFile(ImportKind.UNITS, "units.csv", ImportFiles.csv(ImportFiles.TEST_UNITS), "tester",
				Locale.forLanguageTag("vi-VN"));
	}

	@Test
	void theFormShowsEachKindWithItsColumnsAndTemplate() throws Exception {
		mvc.perform(get("/imports").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-kind\""), containsString("id=\"import-file\""),
					containsString("id=\"preview-button\""), containsString("Số người tham gia hằng tháng"),
					containsString("bhxh_tn"), containsString("/imports/template/figures.csv"),
					containsString("số người tham gia BHXH tự nguyện"))));
	}

	@Test
	void aTemplateIsACsvWithTheHeaderAndAnExampleTheImportAccepts() throws Exception {
		byte[] template = mvc.perform(get("/imports/template/targets.csv").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("targets.csv")))
			.andReturn().getResponse().getContentAsByteArray();

		String text = new String(template, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFunit_code,year,indicator,rate,decision\r\n844,2023,BHYT,\"95,00\"");
		assertThat(imports.preview(ImportKind.TARGETS, "targets.csv", template, Locale.ROOT).errors()).isEmpty();
	}

	@Test
	void everyTemplateIsAcceptedByThePreview() throws Exception {
		for (ImportKind kind : ImportKind.values()) {
			for (String lang : List.of("vi", "en")) {
				byte[] template = mvc.perform(get("/imports/template/" + kind.path() + ".csv").param("lang", lang).with(ADMIN))
					.andReturn().getResponse().getContentAsByteArray();
				// A reform file is checked against its effective day.
				java.time.LocalDate effective = kind == ImportKind.REFORM ? java.time.LocalDate.of(2025, 7, 1) : null;
				assertThat(imports.preview(kind, "t.csv", template, null, effective, Locale.ROOT).errors())
					.as(kind + " " + lang).isEmpty();
			}
		}
	}

	@Test
	void aPreviewWithErrorsListsThemAndOffersNoSaveButton() throws Exception {
		mvc.perform(multipart("/imports/preview").file(file("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,100,,,\nT99B,2023-06,12a,,,\n"))
			.param("kind", "figures").with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-errors\""),
					containsString("Dòng 3, cột bhyt: &quot;12a&quot; không phải là số."),
					containsString("Có 1 lỗi nên chưa lưu gì"), not(containsString("id=\"confirm-button\"")))));
	}

	@Test
	void aGoodPreviewSavesNothingUntilConfirmedThenRedirectsWithTheCount() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String page = mvc.perform(multipart("/imports/preview")
			.file(file("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,\"1.234\",,,\nT99B,2023-06,99999,,,\n"))
			.param("kind", "figures").session(session).with(storedAdmin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"confirm-button\""),
					containsString("2 dòng sẵn sàng để lưu"), not(containsString("id=\"import-errors\"")))))
			.andReturn().getResponse().getContentAsString();
		assertThat(june("T99A")).isEmpty();

		mvc.perform(post("/imports/confirm").param("token", token(page)).session(session).with(storedAdmin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/imports?kind=figures"))
			.andExpect(flash().attribute("savedCount", 2));

		assertThat(june("T99A")).hasSize(1);
		mvc.perform(post("/imports/confirm").param("token", token(page)).session(session).with(storedAdmin()).with(csrf()))
			.andExpect(redirectedUrl("/imports"))
			.andExpect(flash().attribute("importErrorKey", "import.page.expired"));
	}

	@Test
	void theSuccessMessageNamesTheCountKindAndFile() throws Exception {
		// what the redirect after saving carries (MockMvc's flashAttr() would put it into the container's
		// session, which Spring Session replaces)
		FlashMap flash = new FlashMap();
		flash.putAll(Map.of("savedCount", 14, "savedKind", "figures", "savedFile", "thang6.xlsx"));
		mvc.perform(get("/imports").requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash)
			.with(ADMIN))
			.andExpect(content().string(allOf(containsString("id=\"import-success\""),
					containsString("Đã nhập 14 dòng &quot;Số người tham gia hằng tháng&quot; từ tệp thang6.xlsx."))));
	}

	@Test
	void withoutCsrfTokenThePreviewIsRefused() throws Exception {
		mvc.perform(multipart("/imports/preview").file(file("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\n")).param("kind", "figures").with(ADMIN))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLeaderDoesNotSeeTheImportPage() throws Exception {
		mvc.perform(get("/imports").with(user(new SignedInUser("leader", "x", "Lãnh đạo", Role.LEADER, null, true))))
			.andExpect(status().isForbidden());
	}

	static MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "figures.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	static String token(String page) {
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	List<?> june(String code) {
		return figures.find(List.of(units.findByCode(code).orElseThrow().id()), List.of(YearMonth.of(2023, 6)));
	}
}
