package vn.baophu.user;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.baophu.support.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator creates a district official for Càng Long, who then signs in and sees the
 * district but not the province above it.
 */
class UserAdminIT extends BrowserTestBase {

	private static final String PASSWORD = "can-long-2023";

	@Test
	void anAdministratorCreatesADistrictOfficialWhoSeesOnlyTheirDistrict() {
		String username = "cb" + System.nanoTime() % 1_000_000;
		signInAsAdministrator();
		browser.findElement(By.id("nav-users")).click();
		waitFor(By.id("new-user")).click();

		waitFor(By.id("username")).sendKeys(username);
		browser.findElement(By.id("displayName")).sendKeys("Nguyễn Văn Càng");
		new Select(browser.findElement(By.id("role"))).selectByValue("DISTRICT_OFFICIAL");
		browser.findElement(By.id("unitCode")).sendKeys("844");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("repeatPassword")).sendKeys("khong-khop-nhau");
		click(By.id("create-user"));
		assertThat(waitFor(By.id("repeatPassword-error")).getText())
			.isEqualTo("Nhập lại mật khẩu: không khớp với mật khẩu mới.");

		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("repeatPassword")).sendKeys(PASSWORD);
		click(By.id("create-user"));
		assertThat(waitFor(By.cssSelector(".alert-success")).getText()).isEqualTo("Đã tạo người dùng " + username + ".");
		WebElement row = browser.findElement(By.cssSelector("#user-list tr[data-username='" + username + "']"));
		assertThat(row.getText()).contains("Nguyễn Văn Càng", "Cán bộ cấp huyện", "844 – Huyện Càng Long");

		browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?logout"));

		signIn(username, PASSWORD);
		assertThat(browser.findElements(By.id("nav-users"))).isEmpty();
		open("/units/844");
		assertThat(waitFor(By.id("unit-name")).getText()).isEqualTo("Huyện Càng Long");
		open("/units/84");
		assertThat(waitFor(By.id("error-page")).getText()).contains("Không có quyền truy cập");
		open("/admin/users");
		assertThat(waitFor(By.id("error-page")).getText()).contains("Không có quyền truy cập");
	}

	@Test
	void signingInChangesTheSessionCookie() {
		browser.manage().deleteAllCookies();
		open("/login");
		Cookie before = browser.manage().getCookieNamed("SESSION");
		assertThat(before).isNotNull();
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin");
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		assertThat(browser.manage().getCookieNamed("SESSION").getValue()).isNotEqualTo(before.getValue());
	}

	/** Scrolled to the middle first: at the bottom edge of the window the click may land elsewhere. */
	private static void click(By locator) {
		WebElement element = browser.findElement(locator);
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private static WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}
}
