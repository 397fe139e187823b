package vn.baophu.system;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The main pages in both languages: no missing message key (Thymeleaf shows those as ??key??), and in
 * English no Vietnamese word left once the data (unit names) is taken out.
 */
@BaophuTest
class EnglishPagesTests {

	private static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Administrator", Role.ADMINISTRATOR, null, true));
	private static final Pattern VIETNAMESE_LETTERS = Pattern.compile(
			"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE);

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/units", "/units/84", "/units/844", "/units/844/gap?period=2023-06",
			"/units/844/gap?period=2023-05", "/units/29266/gap?period=2023-06", "/imports", "/login", "/admin/users",
			"/admin/users/new", "/admin/users/admin/edit", "/account", "/units/844/dashboard?period=2023-06",
			"/units/844/dashboard?period=2023-05", "/units/29266/dashboard?period=2023-06",
			"/units/844/dashboard/print?period=2023-06", "/units/844/denominators?year=2023",
			"/units/844/targets?year=2023", "/units/844/manage", "/imports/history", "/units/844/tasks",
			"/units/29278/tasks", "/units/844/directives", "/units/844/directives/new", "/units/844/tasks/import",
			"/units/844/tasks/allocate?period=2023-06", "/units/844/timeliness?period=2023-06",
			"/units/844/timeliness/rule", "/units/844/schools?schoolYear=2022-2023", "/units/844/schools/manage" })
	void englishPagesAreFullyTranslated(String page) throws Exception {
		String html = render(page, "en");
		assertThat(html).doesNotContain("??");
		String text = withoutUnitNames(html.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " "));
		assertThat(VIETNAMESE_LETTERS.matcher(text).results().map(match -> around(text, match.start())).toList())
			.as("Vietnamese left on %s", page)
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/units", "/units/844", "/units/844/gap?period=2023-06", "/imports", "/login",
			"/admin/users", "/admin/users/new", "/admin/users/admin/edit", "/account",
			"/units/844/dashboard?period=2023-06", "/units/844/dashboard/print?period=2023-06",
			"/units/844/denominators?year=2023", "/units/844/targets?year=2023", "/units/844/manage",
			"/imports/history", "/units/844/tasks", "/units/844/directives", "/units/844/directives/new",
			"/units/844/tasks/import", "/units/844/tasks/allocate?period=2023-06", "/units/844/timeliness?period=2023-06",
			"/units/844/timeliness/rule", "/units/844/schools?schoolYear=2022-2023", "/units/844/schools/manage",
			"/catalogue" })
	void vietnamesePagesHaveNoMissingKeys(String page) throws Exception {
		assertThat(render(page, "vi")).doesNotContain("??").contains("lang=\"vi\"");
	}

	private String render(String page, String language) throws Exception {
		String separator = page.contains("?") ? "&" : "?";
		return mvc.perform(get(page + separator + "lang=" + language).with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * Unit names (also those other tests add to the shared database), the names of users and schools and
	 * what directives and tasks say are data,
	 * and the language switch names Vietnamese in Vietnamese on purpose.
	 */
	private String withoutUnitNames(String text) {
		text = text.replace("Tiếng Việt", "");
		for (String name : unitNames()) {
			text = text.replace(name, "");
		}
		for (String name : jdbc.sql("""
				select name from (select display_name as name from app_user union select name from administrative_unit
				    union select number from directive union select issuer from directive union select title from directive
				    union select assignee_name from task union select description from task
				    union select name from school) names
				order by length(name) desc""").query(String.class).list()) {
			text = text.replace(name, "");
		}
		return text;
	}

	private List<String> unitNames() {
		return units.findByCodes(List.of("84", "844", "29266", "29269", "29272", "29275", "29278", "29281", "29284",
				"29287", "29290", "29293", "29296", "29299", "29302", "29305")).values().stream().map(UnitRef::name).toList();
	}

	private static String around(String text, int index) {
		return text.substring(Math.max(0, index - 30), Math.min(text.length(), index + 30)).replaceAll("\\s+", " ");
	}
}
