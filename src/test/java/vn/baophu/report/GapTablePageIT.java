package vn.baophu.report;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.baophu.support.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** A district official's journey in a real browser: sign in, read the Càng Long gap table, walk the tree. */
class GapTablePageIT extends BrowserTestBase {

	@Test
	void signsInAndReadsTheCangLongGapTableOfJune2023() {
		signInAsAdministrator();
		open("/units/844/gap?period=2023-06");

		assertThat(browser.findElement(By.id("gap-as-of")).getText()).contains("30/06/2023");
		List<String> townRow = cells("gap-bhyt", "tbody tr[data-code='29266']");
		assertThat(townRow).containsSequence("Thị trấn Càng Long", "13.737", "12.787", "93,08%", "95,00%", "97,98%",
				"+1,53", "263");
		List<String> anTruongA = cells("gap-bhyt", "tbody tr[data-code='29272']");
		assertThat(anTruongA).containsSequence("95,98%", "95,00%", "101,03%");
		assertThat(anTruongA.get(anTruongA.size() - 1)).isEqualTo("(75)");
		List<String> total = cells("gap-bhyt", "tfoot tr.total-row");
		assertThat(total).containsSequence("148.806", "132.600", "89,11%", "95,00%", "93,80%");
		assertThat(total.get(total.size() - 1)).isEqualTo("8.766");
		assertThat(browser.findElement(By.id("bhyt-positive-gaps")).getText()).contains("9.028");

		List<String> townBhxh = cells("gap-bhxh", "tbody tr[data-code='29266']");
		assertThat(townBhxh).containsSequence("7.006", "1.157", "407", "1.564", "22,32%", "5,81%", "26,07%", "6,70%");
		assertThat(townBhxh.subList(townBhxh.size() - 2, townBhxh.size())).containsExactly("200", "62");
	}

	@Test
	void walksUpAndDownTheTreeAndChangesTheMonth() {
		signInAsAdministrator();
		open("/units/844/gap?period=2023-06");

		browser.findElement(By.cssSelector("#breadcrumb a.breadcrumb-link[href*='/units/84/gap']")).click();
		waitForUrl("/units/84/gap");
		assertThat(browser.findElement(By.id("gap-heading")).getText()).contains("Tỉnh Trà Vinh");
		browser.findElement(By.cssSelector("#gap-bhyt a.drill-down")).click();
		waitForUrl("/units/844/gap");
		assertThat(browser.findElements(By.cssSelector("#gap-bhyt tbody tr"))).hasSize(14);

		WebElement month = browser.findElement(By.id("period"));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2023-05'", month);
		browser.findElement(By.id("show-period")).click();
		waitForUrl("period=2023-05");
		assertThat(browser.findElement(By.id("gap-as-of")).getText()).contains("31/05/2023");
		// May has BHYT only: BHXH is shown as not reported, not as zero
		assertThat(cells("gap-bhxh", "tbody tr[data-code='29266']")).contains("chưa có số liệu");
		assertThat(browser.findElement(By.id("missing-note")).isDisplayed()).isTrue();
	}

	@Test
	void sortsByAColumnKeepingTheTotalRowLast() {
		signInAsAdministrator();
		open("/units/844/gap?period=2023-06");

		WebElement achievementHeader = browser.findElements(By.cssSelector("#gap-bhyt thead tr:first-child th")).get(6);
		achievementHeader.click();
		List<WebElement> rows = browser.findElements(By.cssSelector("#gap-bhyt tbody tr"));
		double first = number(rows.get(0).findElements(By.tagName("td")).get(6).getAttribute("data-sort-value"));
		double last = number(rows.get(13).findElements(By.tagName("td")).get(6).getAttribute("data-sort-value"));
		assertThat(first).isLessThan(last);
		assertThat(browser.findElement(By.cssSelector("#gap-bhyt tfoot tr")).getText()).contains("8.766");
	}

	private static double number(String value) {
		return Double.parseDouble(value);
	}

	private static List<String> cells(String tableId, String rowSelector) {
		WebElement row = browser.findElement(By.cssSelector("#" + tableId + " " + rowSelector));
		return row.findElements(By.tagName("td")).stream().map(cell -> cell.getText().trim()).toList();
	}

	private static void waitForUrl(String fragment) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(fragment));
	}
}
