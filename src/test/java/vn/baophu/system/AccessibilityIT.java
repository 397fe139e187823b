package vn.baophu.system;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.baophu.support.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deque's axe-core, run in the real browser on the main pages, finds no breach of a WCAG 2.1 A or
 * AA rule (colour contrast among them, which only a rendered page can be checked for).
 */
class AccessibilityIT extends BrowserTestBase {

	private static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** Each page, and an element that only that page has, to wait for before axe reads it. */
	private static final Map<String, By> PAGES = pages();

	@Test
	void theSignInPageBreaksNoWcagRule() {
		browser.manage().deleteAllCookies();
		open("/login");
		waitFor(By.id("sign-in"));

		assertThat(violations()).as("WCAG 2.1 A/AA violations on /login").isEmpty();
	}

	@Test
	void theMainPagesBreakNoWcagRule() {
		signInAsAdministrator();
		Map<String, List<String>> found = new LinkedHashMap<>();
		PAGES.forEach((path, ownElement) -> {
			open(path);
			waitFor(ownElement);
			if (path.contains("/dashboard")) {
				waitForTheCharts();
			}
			List<String> violations = violations();
			if (!violations.isEmpty()) {
				found.put(path, violations);
			}
		});

		assertThat(found).as("WCAG 2.1 A/AA violations per page").isEmpty();
	}

	private static Map<String, By> pages() {
		Map<String, By> pages = new LinkedHashMap<>();
		pages.put("/", By.id("home-heading"));
		pages.put("/units", By.id("unit-list"));
		pages.put("/units/844", By.id("unit-name"));
		pages.put("/units/844/dashboard?period=2023-06", By.id("dashboard-heading"));
		pages.put("/units/844/gap?period=2023-06", By.id("gap-bhyt"));
		pages.put("/units/844/entry?period=2023-06", By.id("entry-heading"));
		pages.put("/units/844/tasks", By.id("board-heading"));
		pages.put("/units/844/directives", By.id("new-directive"));
		pages.put("/units/844/timeliness?period=2023-06", By.id("timeliness-heading"));
		pages.put("/units/844/history?period=2023-06", By.id("history-heading"));
		pages.put("/units/844/denominators?year=2023", By.id("sheet-heading"));
		pages.put("/units/844/targets?year=2023", By.id("sheet-heading"));
		pages.put("/units/844/manage", By.id("manage-heading"));
		pages.put("/imports", By.id("import-form"));
		pages.put("/admin/users", By.id("user-list"));
		pages.put("/account", By.id("password-form"));
		return pages;
	}

	/** Every violated rule with the number of elements and the first few of them, e.g. "color-contrast ×7 [a.nav-link, …]". */
	private static List<String> violations() {
		List<Rule> rules = new AxeBuilder().withTags(WCAG_21_A_AA).analyze(browser).getViolations();
		return rules.stream()
			.map(rule -> rule.getId() + " ×" + rule.getNodes().size() + " "
					+ rule.getNodes().stream().limit(10).map(node -> String.valueOf(node.getTarget())).toList())
			.toList();
	}

	/** The dashboard's script colours the cards' bars and draws the charts after the page has loaded. */
	private static void waitForTheCharts() {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.jsReturnsValue(
				"return Chart.getChart(document.getElementById('ranking-chart')) ? true : null"));
	}

	private static void waitFor(By ownElement) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(ownElement));
	}
}
