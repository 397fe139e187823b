package vn.baophu.target;

import java.time.Duration;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.baophu.support.BrowserTestBase;
import vn.baophu.unit.UnitDraft;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator goes from a unit to its denominators grid, types a population the Vietnamese way
 * and saves. Uses a province of its own (TM8), so the demo data stays as it is.
 */
class ManagementIT extends BrowserTestBase {

	@Autowired
	UnitService units;

	@Autowired
	TargetService targets;

	@Test
	void anAdministratorEditsAPopulationAndSeesItSaved() {
		if (units.findByCode("TM8").isEmpty()) {
			units.save(List.of(new UnitDraft(2, "TM8", "Tỉnh Lưới Trình Duyệt", UnitKind.TINH, null),
					new UnitDraft(3, "TM8A", "Xã Lưới Một", UnitKind.XA, "TM8"),
					new UnitDraft(4, "TM8B", "Phường Lưới Hai", UnitKind.PHUONG, "TM8")));
		}
		int year = Year.now().getValue();
		signInAsAdministrator();
		open("/units/TM8");
		browser.findElement(By.id("denominators-link")).click();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.until(ExpectedConditions.urlContains("/units/TM8/denominators"));
		assertThat(browser.findElement(By.id("sheet-heading")).getText())
			.isEqualTo("Dân số và lực lượng lao động năm " + year);

		WebElement population = populationOf("TM8A");
		population.clear();
		population.sendKeys("12.345");
		browser.findElement(By.id("save-button")).click();

		WebElement success = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(success.getText()).isEqualTo("Đã lưu dân số và lực lượng lao động năm " + year + ": 1 dòng thay đổi.");
		assertThat(populationOf("TM8A").getAttribute("value")).isEqualTo("12345");
		assertThat(targets.denominatorSheet(units.leavesIn(units.require("TM8"), year), year))
			.extracting(row -> row.values().population())
			.containsExactly(12345L, null);
	}

	private WebElement populationOf(String code) {
		return browser.findElement(By.cssSelector("#denominators tr[data-code='" + code + "'] input[name$='.population']"));
	}
}
