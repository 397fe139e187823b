package vn.baophu.unit;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.baophu.support.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class UnitTreeIT extends BrowserTestBase {

	@Test
	void walksDownFromTheProvinceToTheCommunesAndBackUp() {
		signInAsAdministrator();
		open("/units");
		browser.findElement(By.linkText("Tỉnh Trà Vinh")).click();
		waitForUrl("/units/84");
		browser.findElement(By.linkText("Huyện Càng Long")).click();
		waitForUrl("/units/844");
		assertThat(browser.findElements(By.cssSelector("#children tbody tr"))).hasSize(14);
		assertThat(browser.findElement(By.id("children")).getText()).contains("Xã An Trường A", "Thị trấn Càng Long");

		browser.findElement(By.cssSelector("#breadcrumb a.breadcrumb-link[href='/units/84']")).click();
		waitForUrl("/units/84");
		assertThat(browser.findElement(By.id("unit-name")).getText()).isEqualTo("Tỉnh Trà Vinh");

		browser.findElement(By.cssSelector("#children tr[data-code='844'] a.gap-link")).click();
		waitForUrl("/units/844/gap");
		assertThat(browser.findElement(By.id("gap-heading")).getText()).contains("Huyện Càng Long");
	}

	@Test
	void anUnknownUnitShowsTheNotFoundPage() {
		signInAsAdministrator();
		open("/units/00000");
		assertThat(browser.findElement(By.id("error-page")).getText()).contains("Không tìm thấy");
	}

	private static void waitForUrl(String path) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*" + path + "(\\?.*)?$"));
	}
}
