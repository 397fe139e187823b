package vn.baophu.task;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.baophu.support.BrowserTestBase;
import vn.baophu.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provincial officer's journey in a real browser, against a clock the test moves (so this class shares
 * an application context only with the other tests of a {@link MovableClock}): create a directive with
 * two tasks, mark one done, and after the clock has passed both due dates see only the other on the
 * overdue board.
 */
@Import(MovableClock.class)
class TaskBoardIT extends BrowserTestBase {

	@Autowired
	MovableClock.MutableClock clock;

	@Test
	void aTaskNotDoneShowsOnTheOverdueBoardOnceTheClockPassesItsDate() {
		clock.set(LocalDate.of(2023, 8, 1));
		signInAsAdministrator();
		browser.findElement(By.id("nav-tasks")).click();
		open("/units/844/directives");
		browser.findElement(By.id("new-directive")).click();
		type("number", "12/KH-BCĐ");
		type("issued", "01/08/2023");
		type("issuer", "Ban Chỉ đạo huyện Càng Long");
		new Select(browser.findElement(By.id("kind"))).selectByValue("KE_HOACH");
		type("title", "Kế hoạch rà soát hộ gia đình tháng 8");
		browser.findElement(By.id("save-directive")).click();
		assertThat(browser.findElement(By.id("directive-title")).getText()).isEqualTo("Kế hoạch rà soát hộ gia đình tháng 8");
		String directiveUrl = browser.getCurrentUrl();

		addTask("Phòng Y tế", "Rà soát danh sách trẻ em dưới 6 tuổi", "10/08/2023");
		addTask("Phòng Tài chính - Kế hoạch", "Chuyển kinh phí mua thẻ BHYT", "15/08/2023");
		assertThat(rows("directive-tasks")).hasSize(2);

		browser.findElement(By.linkText("Rà soát danh sách trẻ em dưới 6 tuổi")).click();
		browser.findElement(By.id("mark-done")).click();
		// the old page still has a status until the new one replaces it: wait for the new state itself
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(
					By.cssSelector("#task-facts .task-status"), "data-status", "DONE"));

		String directiveId = directiveUrl.replaceAll(".*/directives/(\\d+).*", "$1");
		open("/units/844/tasks?directive=" + directiveId);
		assertThat(browser.findElement(By.id("board-today")).getText()).contains("01/08/2023");
		assertThat(browser.findElements(By.id("no-overdue"))).hasSize(1);
		assertThat(browser.findElement(By.id("count-overdue")).getText()).isEqualTo("0");

		clock.set(LocalDate.of(2023, 8, 20));
		browser.navigate().refresh();
		assertThat(browser.findElement(By.id("board-today")).getText()).contains("20/08/2023");
		assertThat(browser.findElement(By.id("count-overdue")).getText()).isEqualTo("1");
		List<WebElement> overdue = rows("overdue");
		assertThat(overdue).hasSize(1);
		assertThat(overdue.get(0).getText()).contains("Phòng Tài chính - Kế hoạch", "Chuyển kinh phí mua thẻ BHYT",
				"15/08/2023", "Trễ 5 ngày", "Quá hạn");
		assertThat(browser.findElement(By.id("overdue")).getText()).doesNotContain("Rà soát danh sách trẻ em");
		assertThat(rows("all-tasks")).extracting(row -> row.getAttribute("data-status"))
			.containsExactlyInAnyOrder("DONE", "OVERDUE");

		// the filter by assignee keeps the overdue task, the other assignee has none
		browser.findElement(By.id("assignee")).sendKeys("y te");
		browser.findElement(By.id("filter-submit")).click();
		assertThat(browser.findElements(By.id("no-overdue"))).hasSize(1);
		assertThat(rows("all-tasks")).hasSize(1);
	}

	private void addTask(String assignee, String description, String due) {
		browser.findElement(By.id("add-task")).click();
		type("assigneeName", assignee);
		type("description", description);
		new Select(browser.findElement(By.id("recurrence"))).selectByValue("NONE");
		type("due", due);
		browser.findElement(By.id("save-task")).click();
		assertThat(browser.findElement(By.id("directive-heading")).isDisplayed()).isTrue();
	}

	private void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private List<WebElement> rows(String tableId) {
		return browser.findElements(By.cssSelector("#" + tableId + " tbody tr"));
	}
}
