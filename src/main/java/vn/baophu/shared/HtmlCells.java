package vn.baophu.shared;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;

/**
 * Table cells written in Java for the long tables of numbers (gap tables, the dashboard's trend and
 * ranking), escaped as Thymeleaf escapes: a {@code th:each} per cell sets and removes its variables
 * as request attributes through every request wrapper, which cost more than formatting the numbers.
 */
public final class HtmlCells {

	private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

	private HtmlCells() {
	}

	/**
	 * Appends {@code <td class="…" name="value"…>content</td>}; {@code attributes} are name and value
	 * pairs, a pair with a {@code null} value is left out; {@code content} is HTML, already escaped.
	 */
	public static StringBuilder td(StringBuilder html, String css, String content, @Nullable String... attributes) {
		html.append("<td class=\"").append(css).append('"');
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				html.append(' ').append(attributes[i]).append("=\"").append(attribute(attributes[i + 1])).append('"');
			}
		}
		return html.append('>').append(content).append("</td>");
	}

	/** As {@code th:text} escapes. */
	public static String text(String text) {
		return HtmlEscape.escapeHtml(text, HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
				HtmlEscapeLevel.LEVEL_0_ONLY_MARKUP_SIGNIFICANT_EXCEPT_APOS);
	}

	/** As Thymeleaf escapes an attribute's value. */
	public static String attribute(String value) {
		return HtmlEscape.escapeHtml(value, HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
				HtmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT);
	}

	/** The CSS class of an achievement: {@code ahead} at or above the target, {@code behind} below it, none without one. */
	public static String achievementClass(@Nullable BigDecimal achievementPercent) {
		if (achievementPercent == null) {
			return "";
		}
		return achievementPercent.compareTo(ONE_HUNDRED) >= 0 ? "ahead" : "behind";
	}

	/** A sort key or attribute value: {@code null} stays {@code null} (the attribute is left out). */
	public static @Nullable String value(@Nullable Object value) {
		return value == null ? null : value.toString();
	}
}
