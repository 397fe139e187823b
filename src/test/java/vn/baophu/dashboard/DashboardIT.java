package vn.baophu.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.baophu.support.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader's journey in a real browser: open the district's dashboard, read the charts, drill down and back;
 * from the print view, download the monthly meeting pack.
 */
class DashboardIT extends BrowserTestBase {

	@Test
	void opensTheDashboardSeesTheChartsDrawnAndDrillsDownToACommuneAndBack() {
		signInAsAdministrator();
		open("/units/844/dashboard?period=2023-06");

		assertThat(browser.findElement(By.id("dashboard-heading")).getText()).contains("Huyện Càng Long");
		assertThat(browser.findElement(By.cssSelector("#card-BHYT .card-coverage")).getText()).isEqualTo("89,11%");
		assertThat(browser.findElement(By.id("card-BHYT")).getAttribute("data-pace")).isEqualTo("SLIGHTLY_BEHIND");
		assertThat(browser.findElement(By.cssSelector("#outlook-table tr[data-indicator='BHYT'] .projected-value")).getText())
			.isEqualTo("92,95%");
		assertThat(browser.findElement(By.id("warnings")).getText()).contains("Xã Bình Phú", "-5,94");
		// the achievement bar is sized by the page's own script (no inline styles under the CSP): 93,80 %
		assertThat(number("var bar = document.querySelector('#card-BHYT .achievement-bar .fill');"
				+ " return Math.round(100 * bar.getBoundingClientRect().width / bar.parentElement.getBoundingClientRect().width)"))
			.isEqualTo(94);

		// the trend: twelve months of BHYT, May and June drawn, last year empty, the target line and participants
		assertThat(number("return Chart.getChart(document.getElementById('trend-chart')).data.datasets[0].data.length"))
			.isEqualTo(12);
		assertThat(number("return Chart.getChart(document.getElementById('trend-chart')).data.datasets[0].data"
				+ ".filter(function (v) { return v !== null; }).length")).isEqualTo(2);
		assertThat(number("return Chart.getChart(document.getElementById('trend-chart')).data.datasets.length"))
			.isEqualTo(4);
		assertThat(number("return Chart.getChart(document.getElementById('trend-chart')).data.datasets[0].data[5]"))
			.isEqualTo(89.11);
		// switching to BHXH draws June only and no participant bars
		click(By.cssSelector("#trend-indicators [data-trend-indicator='BHXH']"));
		assertThat(number("return Chart.getChart(document.getElementById('trend-chart')).data.datasets.length"))
			.isEqualTo(3);
		assertThat(number("return Chart.getChart(document.getElementById('trend-chart')).data.datasets[0].data[5]"))
			.isEqualTo(18.89);

		// the ranking: fourteen communes, highest achievement first
		assertThat(number("return Chart.getChart(document.getElementById('ranking-chart')).data.datasets[0].data.length"))
			.isEqualTo(14);
		assertThat(number("return Chart.getChart(document.getElementById('ranking-chart')).data.datasets[0].data[0]"))
			.isEqualTo(101.41);
		assertThat(browser.findElements(By.cssSelector("#ranking-table tbody tr"))).hasSize(14);
		assertThat(browser.findElement(By.cssSelector("#ranking-table tr[data-code='29287'] td.biggest-drop")).getText())
			.isEqualTo("-5,94");

		// drill down to Thị trấn Càng Long's dashboard and back up through the breadcrumb
		click(By.cssSelector("#ranking-table tr[data-code='29266'] a.dashboard-drill"));
		waitForUrl("/units/29266/dashboard");
		assertThat(browser.findElement(By.id("dashboard-heading")).getText()).contains("Thị trấn Càng Long");
		assertThat(browser.findElement(By.cssSelector("#card-BHYT .card-coverage")).getText()).isEqualTo("93,08%");
		assertThat(number("return Chart.getChart(document.getElementById('trend-chart')).data.datasets[0].data[4]"))
			.isEqualTo(91.56);
		assertThat(browser.findElements(By.id("ranking-chart"))).isEmpty();

		click(By.cssSelector("#breadcrumb a.breadcrumb-link[href*='/units/844/dashboard']"));
		waitForUrl("/units/844/dashboard");
		assertThat(browser.findElements(By.cssSelector("#ranking-table tbody tr"))).hasSize(14);

		// and on to the commune's gap table
		click(By.cssSelector("#ranking-table tr[data-code='29287'] a.gap-drill"));
		waitForUrl("/units/29287/gap");
		assertThat(browser.findElement(By.id("gap-heading")).getText()).contains("Xã Bình Phú");
	}

	@Test
	void thePrintViewDrawsItsChartsWithoutNavigation() {
		signInAsAdministrator();
		open("/units/844/dashboard?period=2023-06");
		browser.findElement(By.id("print-link")).click();
		waitForUrl("/units/844/dashboard/print");

		assertThat(browser.findElements(By.cssSelector("nav.navbar"))).isEmpty();
		assertThat(number("return Chart.getChart(document.getElementById('trend-chart')).data.datasets[0].data.length"))
			.isEqualTo(12);
		assertThat(number("return Chart.getChart(document.getElementById('ranking-chart')).data.datasets[0].data.length"))
			.isEqualTo(14);
		assertThat(browser.findElement(By.cssSelector("#cards-table tr[data-indicator='BHYT'] .coverage")).getText())
			.isEqualTo("89,11%");
	}

	@Test
	void thePrintViewDownloadsTheMonthlyMeetingPack(@TempDir Path downloads) throws Exception {
		signInAsAdministrator();
		open("/units/844/dashboard/print?period=2023-06");
		((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		assertThat(browser.findElement(By.id("dashboard-pdf-link")).getAttribute("href"))
			.endsWith("/units/844/dashboard.pdf?period=2023-06");
		assertThat(browser.findElement(By.id("pack-pdf-link")).getAttribute("href"))
			.endsWith("/units/844/pack.pdf?period=2023-06");
		browser.findElement(By.id("pack-pdf-link")).click();

		Path pack = downloads.resolve("giao-ban-844-2023-06.pdf");
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
			try (Stream<Path> files = Files.list(downloads)) {
				return Files.isRegularFile(pack) && files.noneMatch(file -> file.toString().endsWith(".crdownload"));
			}
			catch (IOException ex) {
				return false;
			}
		});
		try (PDDocument document = Loader.loadPDF(pack.toFile())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).containsSubsequence(
					"Bảng điều hành — Huyện Càng Long", "Kết quả phát triển người tham gia bảo hiểm y tế (BHYT)",
					"Kết quả phát triển người tham gia bảo hiểm thất nghiệp (BHTN)", "Nhiệm vụ quá hạn — Huyện Càng Long");
		}
		// a download: the print view stays open
		assertThat(browser.getCurrentUrl()).contains("/units/844/dashboard/print");
	}

	/**
	 * Bootstrap scrolls smoothly, so an element far down the page may not be in view yet when WebDriver
	 * clicks it: bring it into view at once first.
	 */
	private static void click(By locator) {
		WebElement element = browser.findElement(locator);
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				element);
		element.click();
	}

	private static double number(String script) {
		return ((Number) ((JavascriptExecutor) browser).executeScript(script)).doubleValue();
	}

	private static void waitForUrl(String fragment) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(fragment));
	}
}
