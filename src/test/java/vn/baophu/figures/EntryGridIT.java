package vn.baophu.figures;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import vn.baophu.support.BrowserTestBase;
import vn.baophu.unit.UnitDraft;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provincial staff fill the Càng Long grid in a real browser and go through the warning flow; a
 * district official cannot open another district. April 2023 is written, so the context is
 * discarded afterwards and other browser tests see the demo untouched.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EntryGridIT extends BrowserTestBase {

	private static final String PASSWORD = "mat-khau-thu-nghiem";

	@Autowired
	UserService users;

	@Autowired
	UnitService units;

	@BeforeEach
	void accounts() {
		if (!users.exists("staff-cl")) {
			units.save(List.of(new UnitDraft(2, "TV2", "Huyện Thử Hai", UnitKind.HUYEN, "84"),
					new UnitDraft(3, "TV21", "Xã Thử", UnitKind.XA, "TV2")));
			users.create("staff-cl", PASSWORD, "Cán bộ BHXH tỉnh", Role.PROVINCIAL_STAFF, units.require("84").id());
			users.create("official-cl", PASSWORD, "Cán bộ huyện Càng Long", Role.DISTRICT_OFFICIAL,
					units.require("844").id());
		}
	}

	@Test
	void provincialStaffFillTheGridAndConfirmAFigureAboveThePopulation() {
		signIn("staff-cl", PASSWORD);
		open("/units/844/entry?period=2023-04");
		assertThat(browser.findElements(By.cssSelector("#entry-grid tbody tr"))).hasSize(14);

		type("cell-29266-bhyt", "12.500");
		type("cell-29269-bhyt", "9800");
		type("cell-29272-bhyt", "20000");
		// Enter moves down the column, as in a spreadsheet
		browser.findElement(By.id("cell-29266-bhtn")).sendKeys(Keys.ENTER);
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("cell-29269-bhtn");

		save();
		WebElement confirm = waitFor("confirm-box");
		assertThat(confirm.getText()).contains("Có 1 số liệu cần xác nhận");
		assertThat(browser.findElement(By.cssSelector("#entry-grid tr[data-code='29272'] .warning-note")).getText())
			.contains("Vượt mẫu số (7.707)");

		browser.findElement(By.id("comment")).sendKeys("Số thẻ cấp cho cả người ngoài xã, sẽ rà soát");
		click(browser.findElement(By.id("confirmed")));
		save();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("period=2023-04"));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("3 đơn vị");
		assertThat(browser.findElement(By.id("cell-29266-bhyt")).getAttribute("value")).isEqualTo("12500");
		assertThat(browser.findElement(By.id("cell-29272-bhyt")).getAttribute("value")).isEqualTo("20000");
	}

	@Test
	void aBadCellIsNamedAndNothingIsSaved() {
		signIn("staff-cl", PASSWORD);
		open("/units/844/entry?period=2023-03");
		type("cell-29266-bhyt", "12a");
		assertThat(browser.findElement(By.id("cell-29266-bhyt")).getAttribute("class")).contains("is-invalid");
		save();
		assertThat(waitFor("entry-errors").getText()).contains("Dòng 1 (Thị trấn Càng Long), cột BHYT");
		open("/units/844/entry?period=2023-03");
		assertThat(browser.findElement(By.id("cell-29266-bhyt")).getAttribute("value")).isEmpty();
	}

	@Test
	void aDistrictOfficialReadsTheirDistrictButCannotOpenAnother() {
		signIn("official-cl", PASSWORD);
		open("/units/844/entry?period=2023-06");
		assertThat(browser.findElement(By.id("read-only-note")).isDisplayed()).isTrue();
		assertThat(browser.findElements(By.id("save-grid"))).isEmpty();
		open("/units/TV2/entry?period=2023-06");
		assertThat(browser.findElement(By.id("error-page")).getText()).contains("Không có quyền truy cập");
		open("/units/TV2/gap?period=2023-06");
		assertThat(browser.findElement(By.id("error-page")).isDisplayed()).isTrue();
	}

	private static void save() {
		click(browser.findElement(By.id("save-grid")));
	}

	private static void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private static void type(String id, String text) {
		WebElement cell = browser.findElement(By.id(id));
		cell.clear();
		cell.sendKeys(text);
	}

	private static WebElement waitFor(String id) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
	}
}
