package vn.baophu.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;
import vn.baophu.support.BrowserTestBase;

/**
 * The province page after the reform of 1/7/2025, in a real browser, on the demo as the README's run
 * loads it (with its reform) plus 2025 figures entered through the API: July has the five new
 * communes, their change since June is that of their predecessors taken together and says so.
 */
@TestPropertySource(properties = "baophu.demo-reform=true")
class ReformPageIT extends BrowserTestBase {

	private static boolean figuresEntered;

	@BeforeEach
	void enterFigures() throws Exception {
		if (figuresEntered) {
			return;
		}
		post("denominators", ReformDemoData.denominatorsCsv());
		post("targets", ReformDemoData.targetsCsv());
		post("figures", ReformDemoData.juneFiguresCsv());
		post("figures", ReformDemoData.julyFiguresCsv());
		figuresEntered = true;
	}

	@Test
	void theNewProvinceShowsItsFiveCommunesWithTheirHistory() {
		signInAsAdministrator();
		open("/units/86/gap?period=2025-07");

		assertThat(browser.findElement(By.id("gap-heading")).getText()).contains("Tỉnh Vĩnh Long");
		List<WebElement> rows = browser.findElements(By.cssSelector("#gap-bhyt tbody tr"));
		assertThat(rows).extracting(row -> row.getAttribute("data-code"))
			.containsExactlyElementsOf(ReformDemoData.MERGES.keySet());
		WebElement cangLong = browser.findElement(By.cssSelector("#gap-bhyt tbody tr[data-code='29266']"));
		assertThat(cangLong.getText()).contains("Xã Càng Long")
			.contains(people(ReformDemoData.newPopulation("29266")))
			.contains(points(ReformDemoData.newBhytChangePoints("29266")));
		WebElement mark = cangLong.findElement(By.cssSelector(".from-predecessors"));
		assertThat(mark.getText()).isEqualTo("trước sắp xếp");
		assertThat(mark.getAttribute("title")).contains("Thị trấn Càng Long (29266)", "Xã Mỹ Cẩm (29269)",
				"Xã Nhị Long Phú (29299)");
	}

	@Test
	void theOldDistrictKeepsItsMonthsAndSaysWhereItWentAfter() {
		signInAsAdministrator();
		open("/units/844/gap?period=2025-06");
		assertThat(browser.findElements(By.cssSelector("#gap-bhyt tbody tr"))).hasSize(14);
		assertThat(browser.findElement(By.cssSelector("#breadcrumb")).getText()).contains("Tỉnh Trà Vinh");

		open("/units/844/gap?period=2025-07");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Huyện Càng Long", "30/06/2025",
				"01/07/2025");
	}

	private static String people(long count) {
		return String.format(java.util.Locale.ROOT, "%,d", count).replace(',', '.');
	}

	private static String points(java.math.BigDecimal change) {
		return (change.signum() > 0 ? "+" : "") + change.toPlainString().replace('.', ',');
	}

	private void post(String kind, String csv) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/import/" + kind)))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()))
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(kind + ": " + response.body()).isEqualTo(200);
	}
}
