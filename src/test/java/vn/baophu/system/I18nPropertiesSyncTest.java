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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message bundle has the same keys in Vietnamese and English, none empty, and every
 * {@code #{key}} a template uses exists. (That no label is left untranslated on the rendered pages
 * is checked by {@link EnglishPagesTests}.)
 */
class I18nPropertiesSyncTest {

	private static final Path RESOURCES = Path.of("src/main/resources");
	private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

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
