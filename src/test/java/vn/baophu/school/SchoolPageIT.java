package vn.baophu.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.baophu.support.BrowserTestBase;

/** The appendix of Kế hoạch 295/KH-BCĐ in a real browser: every published row, the total and the plan's sentence. */
class SchoolPageIT extends BrowserTestBase {

	@Test
	void theDistrictsAppendixIsThePublishedOne() throws Exception {
		signInAsAdministrator();
		open("/units/844");
		browser.findElement(By.id("schools-link")).click();
		open("/units/844/schools?schoolYear=2022-2023");

		List<WebElement> rows = browser.findElements(By.cssSelector("#schools tbody tr"));
		List<SchoolAppendixTests.Published> published = SchoolAppendixTests.published();
		assertThat(rows).hasSize(published.size());
		for (int i = 0; i < rows.size(); i++) {
			SchoolAppendixTests.Published row = published.get(i);
			List<String> cells = rows.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
			assertThat(cells).as(row.school()).containsExactly(String.valueOf(i + 1), row.school(),
					people(row.students()), people(row.insured()), people(row.otherGroup()), people(row.atSchool()),
					row.remaining() == 0 ? "-" : people(row.remaining()), row.rate().toPlainString().replace('.', ',') + "%");
		}
		List<String> total = browser.findElements(By.cssSelector("#schools tfoot tr td")).stream()
			.map(WebElement::getText).toList();
		assertThat(total).containsSequence("26.564", "26.417", "2.703", "23.714", "147", "99,45%");
		assertThat(browser.findElement(By.id("schools-summary")).getText()).isEqualTo(
				"… có 26.417/26.564 học sinh tham gia BHYT chiếm 99,45% tổng số học sinh, vẫn còn 147 em chưa tham gia BHYT.");
		assertThat(browser.findElement(By.id("schools-xlsx")).getAttribute("href")).endsWith("/units/844/schools.xlsx?schoolYear=2022-2023");
	}

	private static String people(long count) {
		return String.format(java.util.Locale.ROOT, "%,d", count).replace(',', '.');
	}
}
