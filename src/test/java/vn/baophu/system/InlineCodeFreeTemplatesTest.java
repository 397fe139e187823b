package vn.baophu.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' Content-Security-Policy allows only the app's own script and style files, so a page
 * template with an inline script, a style element or attribute, or an event handler attribute would
 * silently lose it in the browser. JSON data blocks are data, not scripts. The PDF templates
 * ({@code report/export}) never reach a browser and are left out.
 */
class InlineCodeFreeTemplatesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void pageTemplatesHaveNoInlineScriptsOrStyles() throws IOException, ParseException {
		List<String> inline = new ArrayList<>();
		DOMMarkupParser parser = new DOMMarkupParser(ParseConfiguration.htmlConfiguration());
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> pages = files.filter(path -> path.toString().endsWith(".html"))
				.filter(path -> !TEMPLATES.relativize(path).startsWith("report/export"))
				.sorted()
				.toList();
			assertThat(pages).hasSizeGreaterThan(20);
			for (Path page : pages) {
				String name = TEMPLATES.relativize(page).toString();
				collect(parser.parse(name, Files.readString(page)), name, inline);
			}
		}
		assertThat(inline).as("inline code the CSP would block").isEmpty();
	}

	private static void collect(INestableNode node, String template, List<String> inline) {
		for (INode child : node.getChildren()) {
			if (!(child instanceof Element element)) {
				continue;
			}
			String tag = element.getElementName().toLowerCase(Locale.ROOT);
			if (tag.equals("style")) {
				inline.add(template + ": <style>");
			}
			if (tag.equals("script") && !element.hasAttribute("src") && !element.hasAttribute("th:src")
					&& !"application/json".equals(element.getAttributeValue("type"))) {
				inline.add(template + ": inline <script>");
			}
			element.getAttributeMap().forEach((attribute, value) -> {
				String plain = attribute.toLowerCase(Locale.ROOT).replaceFirst("^(th|data-th):", "");
				if (plain.equals("style") || plain.startsWith("on")
						|| (value != null && value.strip().toLowerCase(Locale.ROOT).startsWith("javascript:"))
						|| (plain.equals("attr") && value != null && value.contains("style"))) {
					inline.add(template + ": <" + tag + " " + attribute + "=\"" + value + "\">");
				}
			});
			collect(element, template, inline);
		}
	}
}
