package vn.baophu.support;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium (Debian's /usr/bin/chromium and chromedriver, so Selenium Manager
 * never reaches for the network) against the application on a random port. Browser tests are
 * named *IT and run by failsafe in {@code ./mvnw verify}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestBase {

	protected static WebDriver browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--window-size=1400,1000", "--lang=vi");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void open(String path) {
		browser.get(url(path));
	}

	/** Signs in through the sign-in form (as the demo administrator unless told otherwise). */
	protected void signIn(String username, String password) {
		browser.manage().deleteAllCookies();
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	protected void signInAsAdministrator() {
		signIn("admin", "admin");
	}
}
