package vn.baophu.home;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.baophu.imports.ImportService;
import vn.baophu.support.BrowserTestBase;
import vn.baophu.support.MovableClock;
import vn.baophu.support.TestUsers;
import vn.baophu.task.DirectiveService;
import vn.baophu.task.TaskService;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role signs in in a real browser and lands on its home page, on 20 March 2024 by the test's clock
 * (shared, with its application context, with the other tests of a {@link MovableClock}), in a province
 * of its own ({@link HomeTree}): March reported by one commune of three, January the latest complete
 * month, a task overdue since 10 March and one due on 25 March.
 */
@Import(MovableClock.class)
class HomePageIT extends BrowserTestBase {

	private static HomeTree tree;

	@Autowired
	MovableClock.MutableClock clock;

	@Autowired
	ImportService imports;

	@Autowired
	UnitService units;

	@Autowired
	UserService users;

	@Autowired
	DirectiveService directives;

	@Autowired
	TaskService tasks;

	@BeforeEach
	void march2024() {
		clock.set(LocalDate.of(2024, 3, 20));
		if (tree == null) {
			tree = new HomeTree("HB", imports, units, users, directives, tasks);
		}
	}

	@Test
	void provincialStaffSeeWhoHasNotReportedTheMonthsToCloseTheTasksAndTheImports() {
		signIn(tree.staff, HomeTree.PASSWORD);

		assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
		assertThat(text("home-heading")).isEqualTo("Trang chủ — Tỉnh Trang Chủ HB");
		assertThat(text("home-today")).isEqualTo("Hôm nay 20/03/2024");
		// March: one commune of three has reported; the other two are listed, each with its grid
		assertThat(text("reporting-heading")).isEqualTo("Báo cáo số liệu tháng 03/2024");
		assertThat(text("reported-count")).isEqualTo("1/3");
		assertThat(browser.findElements(By.cssSelector("#missing-units li"))).extracting(li -> li.getAttribute("data-code"))
			.containsExactly("HBB", "HBC");
		assertThat(browser.findElement(By.cssSelector("#missing-units li[data-code='HBB'] .missing-name")).getText())
			.isEqualTo("Xã Hòa Bình");
		assertThat(browser.findElement(By.id("entry-grid-HBP")).getAttribute("href"))
			.isEqualTo(url("/units/HBP/entry?period=2024-03"));
		// February and January are past and not closed
		assertThat(browser.findElements(By.cssSelector("#months-to-close tbody tr")))
			.extracting(tr -> tr.getAttribute("data-period")).containsExactly("2024-02", "2024-01");
		assertThat(browser.findElement(By.cssSelector("#months-to-close tr[data-period='2024-02']")).getText())
			.contains("02/2024", "Tỉnh Trang Chủ HB", "2/3");
		// the tasks: one overdue, one due within the week
		assertThat(text("overdue-heading")).isEqualTo("Quá hạn (1)");
		assertThat(browser.findElement(By.id("home-overdue")).getText()).contains(HomeTree.OVERDUE_TASK, "Trễ 10 ngày");
		assertThat(browser.findElement(By.id("home-due-soon")).getText()).contains(HomeTree.DUE_SOON_TASK, "25/03/2024");
		assertThat(browser.findElement(By.cssSelector("#last-imports tbody tr")).getText())
			.contains(HomeTree.FIGURES_FILE, tree.staff);
		// the pack of the latest complete month
		assertThat(browser.findElement(By.id("print-pack")).getAttribute("href"))
			.isEqualTo(url("/units/HBP/pack.pdf?period=2024-01"));
		assertThat(browser.findElement(By.id("print-pack")).getText()).isEqualTo("In bộ tài liệu giao ban");

		// closing February from the home page comes back to it, and February no longer waits
		browser.findElement(By.cssSelector("#months-to-close tr[data-period='2024-02'] button.close-month")).click();
		waitFor(By.cssSelector(".alert-success"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
		assertThat(browser.findElements(By.cssSelector("#months-to-close tbody tr")))
			.extracting(tr -> tr.getAttribute("data-period")).containsExactly("2024-01");

		// the grid of the month is one click away, at its own address
		browser.findElement(By.id("entry-grid-HBP")).click();
		waitFor(By.id("entry-heading"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/units/HBP/entry?period=2024-03"));
	}

	@Test
	void aDistrictOfficialSeesTheGapTableOfTheLatestCompleteMonth() {
		signIn(tree.official, HomeTree.PASSWORD);

		assertThat(text("latest-complete-month")).isEqualTo("Tháng 01/2024 — tháng gần nhất mọi xã đã báo cáo");
		List<WebElement> cells = browser.findElements(By.cssSelector("#gap-bhyt tr[data-code='HBA'] td"));
		assertThat(cells).extracting(WebElement::getText).startsWith("1", "Xã Hòa An", "1.000", "900", "90,00%");
		assertThat(browser.findElement(By.cssSelector("#gap-bhyt tfoot .total-row")).getText()).contains("4.500", "4.000");
		assertThat(browser.findElements(By.cssSelector("#gap-bhxh tbody tr"))).hasSize(3);
		assertThat(text("reported-count")).isEqualTo("1/3");
		assertThat(browser.findElement(By.id("home-overdue")).getText()).contains(HomeTree.OVERDUE_TASK);
		assertThat(browser.findElements(By.id("print-pack"))).isEmpty();
		assertThat(wcagViolations()).as("WCAG 2.1 A/AA violations on a district official's home page").isEmpty();
		// the whole gap table of that month, at its own address
		browser.findElement(By.id("home-gap-link")).click();
		waitFor(By.id("gap-heading"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/units/HBD/gap?period=2024-01"));
	}

	@Test
	void aLeaderSeesTheDashboardOfTheLatestCompleteMonthWithThePack() {
		signIn(tree.leader, HomeTree.PASSWORD);

		assertThat(text("dashboard-month")).isEqualTo("Tháng 01/2024 — tháng gần nhất mọi xã đã báo cáo");
		// 4 000 of 4 500 people insured: 88,89 %
		assertThat(browser.findElement(By.cssSelector("#card-BHYT .card-coverage")).getText()).isEqualTo("88,89%");
		assertThat(browser.findElements(By.cssSelector("#cards .dash-card"))).hasSize(4);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.jsReturnsValue(
				"return Chart.getChart(document.getElementById('trend-chart')) ? true : null"));
		assertThat(browser.findElements(By.cssSelector("#ranking-table tbody tr"))).hasSize(1);
		assertThat(browser.findElement(By.id("print-pack")).getAttribute("href"))
			.isEqualTo(url("/units/HBP/pack.pdf?period=2024-01"));
		assertThat(wcagViolations()).as("WCAG 2.1 A/AA violations on a leader's home page").isEmpty();
	}

	@Test
	void anAdministratorSeesTheWholeTreeAndTheAccountLockedAfterFiveWrongPasswords() {
		String victim = TestUsers.uniqueName();
		users.create(victim, HomeTree.PASSWORD, "Người quên mật khẩu", Role.DISTRICT_OFFICIAL, units.require("HBD").id());
		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.manage().deleteAllCookies();
			open("/login");
			browser.findElement(By.id("username")).sendKeys(victim);
			browser.findElement(By.id("password")).sendKeys("khong-dung-mat-khau");
			browser.findElement(By.id("sign-in")).click();
			new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?error"));
		}

		signInAsAdministrator();
		assertThat(text("home-heading")).isEqualTo("Trang chủ — Toàn bộ các đơn vị");
		WebElement locked = browser.findElement(By.cssSelector("#locked-accounts tr[data-username='" + victim + "']"));
		assertThat(locked.getText()).contains("Người quên mật khẩu", "Huyện Trang Chủ HB", "20/03/2024 09:00",
				"Khóa đến 20/03/2024 09:15");
		assertThat(browser.findElements(By.cssSelector("#sign-in-failures tr[data-username='" + victim + "']"))).hasSize(5)
			.first().extracting(WebElement::getText).asString().contains("Sai mật khẩu, tài khoản bị khóa");
		// the whole tree's work too: this province's grid and its months among the others
		assertThat(browser.findElements(By.id("entry-grid-HBP"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("#months-to-close tr[data-unit='HBP']"))).isNotEmpty();
	}

	/** Deque's axe-core on the page as it is (the administrator's home page is in {@code AccessibilityIT}). */
	private static List<String> wcagViolations() {
		return new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser)
			.getViolations().stream()
			.map(rule -> rule.getId() + " " + rule.getNodes().stream().limit(5).map(node -> String.valueOf(node.getTarget())).toList())
			.toList();
	}

	private static String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	private static void waitFor(By element) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(element));
	}
}
