package vn.baophu.system;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.baophu.support.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * A leader on a phone (390 × 844 CSS pixels): the pages fit the screen's width, with wide tables
 * scrolling inside their own box, and the collapsed navigation still leads to signing out.
 */
class PhoneLayoutIT extends BrowserTestBase {

	private static final int PHONE_WIDTH = 390;

	private static final int PHONE_HEIGHT = 844;

	/** The page may be a few pixels wider than the screen (sub-pixel rounding), never a table's width. */
	private static final int WIDEST_PAGE = 400;

	private static Dimension desktop;

	@BeforeAll
	static void holdAPhone() {
		desktop = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(PHONE_WIDTH, PHONE_HEIGHT));
	}

	@AfterAll
	static void putThePhoneDown() {
		browser.manage().window().setSize(desktop);
	}

	@Test
	void theScreenIsAPhone() {
		open("/login");
		assertThat(number("return window.innerWidth")).isEqualTo(PHONE_WIDTH);
	}

	@Test
	void theDashboardFitsThePhonesWidth() {
		signInAsAdministrator();
		open("/units/844/dashboard?period=2023-06");
		waitUntil(ExpectedConditions.jsReturnsValue(
				"return Chart.getChart(document.getElementById('ranking-chart')) ? true : null"));

		assertFitsThePhone();
		// the cards stack, one under the other, each as wide as the page allows
		assertThat(number("return document.getElementById('card-BHXH').getBoundingClientRect().top"
				+ " > document.getElementById('card-BHYT').getBoundingClientRect().bottom")).isEqualTo(1);
		// the charts are drawn no wider than the screen
		assertThat(number("return document.getElementById('trend-chart').getBoundingClientRect().right"))
			.isLessThanOrEqualTo(PHONE_WIDTH);
		// the ranking table scrolls in its own box
		assertThat(scrollsInItsOwnBox("ranking-table")).isTrue();
	}

	@Test
	void theGapTableFitsThePhonesWidthAndKeepsTheUnitNameInView() {
		signInAsAdministrator();
		open("/units/844/gap?period=2023-06");
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gap-bhyt tbody tr[data-code='29266']")));

		assertFitsThePhone();
		assertThat(scrollsInItsOwnBox("gap-bhyt")).isTrue();
		assertThat(scrollsInItsOwnBox("gap-bhxh")).isTrue();

		// scrolled sideways, the unit's name stays in view at the box's left edge
		WebElement name = browser.findElement(By.cssSelector("#gap-bhyt tbody tr[data-code='29266'] td:nth-child(2)"));
		((JavascriptExecutor) browser).executeScript(
				"document.getElementById('gap-bhyt').closest('.table-responsive').scrollLeft = 300;");
		waitUntil(ExpectedConditions.jsReturnsValue(
				"return document.getElementById('gap-bhyt').closest('.table-responsive').scrollLeft > 0 ? true : null"));
		assertThat(left(name)).isCloseTo(number(
				"return document.getElementById('gap-bhyt').closest('.table-responsive').getBoundingClientRect().left"),
				offset(1.0));
		assertThat(name.getText()).isEqualTo("Thị trấn Càng Long");
	}

	@Test
	void theEntryGridFitsThePhonesWidth() {
		signInAsAdministrator();
		open("/units/844/entry?period=2023-06");
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("entry-heading")));

		assertFitsThePhone();
	}

	@Test
	void theTaskBoardFitsThePhonesWidth() {
		signInAsAdministrator();
		open("/units/844/tasks");
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("board-heading")));

		assertFitsThePhone();
	}

	@Test
	void theHomePageFitsThePhonesWidth() {
		signInAsAdministrator();
		open("/");
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("home-heading")));

		assertFitsThePhone();
	}

	@Test
	void signOutIsReachedThroughTheToggler() {
		signInAsAdministrator();
		open("/units");
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("unit-list")));
		WebElement signOut = browser.findElement(By.id("sign-out"));
		assertThat(signOut.isDisplayed()).as("sign-out hidden in the collapsed menu").isFalse();

		browser.findElement(By.id("nav-toggler")).click();
		waitUntil(ExpectedConditions.elementToBeClickable(signOut));
		assertFitsThePhone();
		signOut.click();

		waitUntil(ExpectedConditions.urlContains("/login"));
		open("/units");
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
	}

	/** The page is no wider than the phone; if it is, the message names the elements that stick out first. */
	private static void assertFitsThePhone() {
		Object stickingOut = ((JavascriptExecutor) browser).executeScript("""
				var limit = arguments[0], out = [];
				document.querySelectorAll('body *').forEach(function (e) {
				  var parent = e.parentElement;
				  if (e.getBoundingClientRect().right > limit && parent.getBoundingClientRect().right <= limit) {
				    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className
				        + ' right=' + Math.round(e.getBoundingClientRect().right));
				  }
				});
				return out.slice(0, 8).join('; ');""", WIDEST_PAGE);
		assertThat(number("return document.documentElement.scrollWidth"))
			.as("document.documentElement.scrollWidth on %s; sticking out: %s", browser.getCurrentUrl(), stickingOut)
			.isLessThanOrEqualTo(WIDEST_PAGE);
	}

	/** The table is wider than the phone, and its .table-responsive box, no wider than the page, scrolls it. */
	private static boolean scrollsInItsOwnBox(String tableId) {
		return number("var table = document.getElementById('" + tableId + "');"
				+ " var box = table.closest('.table-responsive');"
				+ " return box !== null && table.scrollWidth > box.clientWidth"
				+ " && box.getBoundingClientRect().right <= window.innerWidth ? 1 : 0") == 1;
	}

	private static double left(WebElement element) {
		return ((Number) ((JavascriptExecutor) browser).executeScript(
				"return arguments[0].getBoundingClientRect().left", element)).doubleValue();
	}

	private static double number(String script) {
		Object value = ((JavascriptExecutor) browser).executeScript(script);
		return value instanceof Boolean flag ? (flag ? 1 : 0) : ((Number) value).doubleValue();
	}

	private static void waitUntil(ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
	}
}
