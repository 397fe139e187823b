package vn.baophu.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message bundle has the same keys in Vietnamese and English, none empty; every
 * {@code #{key}} a template uses exists; and no template shows words of its own (after
 * spring-petclinic's test of the same name). (That no label is left untranslated on the rendered
 * pages is checked by {@link EnglishPagesTests}.)
 */
class I18nPropertiesSyncTest {

	private static final Path RESOURCES = Path.of("src/main/resources");
	private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	/** Attributes whose value replaces the element's body when the page is rendered. */
	private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:include", "sec:authentication");

	/** Attributes a reader sees (tooltips, placeholders, image descriptions). */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "placeholder", "alt");

	/**
	 * A word in a human language: two letters or more with a lowercase one. All-capital acronyms
	 * (API, JSON, BHYT), column letters (A, B), numbers and punctuation are not words.
	 */
	private static final Pattern WORD = Pattern.compile("(?<!\\p{L})(?=\\p{L}*\\p{Ll})\\p{L}{2,}");

	/** Entities, Thymeleaf inlined expressions and the brand are not text to translate. */
	private static final Pattern NOT_TEXT = Pattern.compile("&#?\\w+;|\\[\\[.*?]]|\\[\\(.*?\\)]|\\bbaophu\\b");

	@Test
	void vietnameseAndEnglishBundlesHaveTheSameKeysAndNoEmptyValues() throws IOException {
		for (String basename : basenames()) {
			Properties vietnamese = load(basename + "_vi.properties");
			Properties english = load(basename + "_en.properties");
			assertThat(english.stringPropertyNames()).as("keys of %s_en vs _vi", basename)
				.containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
			for (Properties bundle : List.of(vietnamese, english)) {
				bundle.stringPropertyNames()
					.forEach(key -> assertThat(bundle.getProperty(key)).as("%s in %s", key, basename).isNotBlank());
			}
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String basename : basenames()) {
			known.addAll(load(basename + "_vi.properties").stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = MESSAGE_EXPRESSION.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(template.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * The static text a template shows must be a placeholder that a {@code th:text} (or
	 * {@code th:utext}, {@code th:replace}…) on the element or an ancestor replaces; attributes a
	 * reader sees ({@code title}, {@code placeholder}, {@code alt}) need their {@code th:}
	 * counterpart. Script and style bodies are code, not text.
	 */
	@Test
	void templatesShowNoTextOfTheirOwn() throws IOException, ParseException {
		List<String> hardCoded = new ArrayList<>();
		DOMMarkupParser parser = new DOMMarkupParser(ParseConfiguration.htmlConfiguration());
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
				String name = RESOURCES.resolve("templates").relativize(template).toString();
				collectHardCodedText(parser.parse(name, Files.readString(template)), name, hardCoded);
			}
		}
		assertThat(hardCoded).as("text not taken from a message bundle").isEmpty();
	}

	private static void collectHardCodedText(INestableNode node, String template, List<String> hardCoded) {
		for (INode child : node.getChildren()) {
			if (child instanceof Text text && isHumanLanguage(text.getContent())) {
				hardCoded.add(template + ": " + text.getContent().strip());
			}
			else if (child instanceof Element element) {
				element.getAttributeMap().forEach((attribute, value) -> {
					if (VISIBLE_ATTRIBUTES.contains(attribute) && !element.hasAttribute("th:" + attribute)
							&& !element.hasAttribute("th:attr") && isHumanLanguage(value)) {
						hardCoded.add(template + ": <" + element.getElementName() + " " + attribute + "=\"" + value + "\">");
					}
				});
				if (!isBodyReplaced(element) && !element.elementNameMatches("script")
						&& !element.elementNameMatches("style")) {
					collectHardCodedText(element, template, hardCoded);
				}
			}
		}
	}

	private static boolean isBodyReplaced(Element element) {
		String removed = element.getAttributeValue("th:remove");
		return "all".equals(removed) || "body".equals(removed) || element.getAttributeMap().keySet().stream()
			.anyMatch(attribute -> BODY_REPLACING.contains(attribute.replaceFirst("^data-th-", "th:")));
	}

	private static boolean isHumanLanguage(String text) {
		return WORD.matcher(NOT_TEXT.matcher(text).replaceAll(" ")).find();
	}

	@Test
	void theBundlesOfEveryModuleAreConfigured() throws IOException {
		try (Stream<Path> files = Files.list(RESOURCES.resolve("messages"))) {
			List<String> onDisk = files.map(path -> "messages/" + path.getFileName().toString()
					.replaceFirst("_(vi|en)\\.properties$", "")).distinct().toList();
			assertThat(basenames()).containsExactlyInAnyOrderElementsOf(onDisk);
		}
	}

	private static List<String> basenames() throws IOException {
		Properties application = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("application.properties"))) {
			application.load(reader);
		}
		return List.of(application.getProperty("spring.messages.basename").split("\\s*,\\s*"));
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(RESOURCES.resolve(file))) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
