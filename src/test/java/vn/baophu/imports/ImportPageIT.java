package vn.baophu.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.baophu.support.BrowserTestBase;

/**
 * A user uploads a bad file, reads which row and column are wrong, then uploads a good one and saves
 * it. Uses its own units (T96…), so the demo data stays as it is.
 */
class ImportPageIT extends BrowserTestBase {

	@TempDir
	Path files;

	@Test
	void badFileShowsItsErrorsAndAGoodFileIsSavedAfterThePreview() throws IOException {
		signInAsAdministrator();

		upload("units", "bad-units.csv", """
				code,name,type,parent_code
				T96,Tỉnh Thử Trình Duyệt,tỉnh,
				T96A,Xã Một,ấp,T96
				""");
		WebElement errors = waitFor(By.id("import-errors"));
		assertThat(errors.getText()).contains("Dòng 3, cột type: \"ấp\" không phải là loại đơn vị");
		assertThat(browser.findElements(By.id("confirm-button"))).isEmpty();

		upload("units", "units-t96.csv", """
				code,name,type,parent_code
				T96A,Xã Một,xã,T96
				T96,Tỉnh Thử Trình Duyệt,tỉnh,
				T96B,Phường Hai,phường,T96
				""");
		assertThat(waitFor(By.id("import-ready")).getText()).contains("3 dòng sẵn sàng để lưu");
		browser.findElement(By.id("confirm-button")).click();

		assertThat(waitFor(By.id("import-success")).getText())
			.isEqualTo("Đã nhập 3 dòng \"Đơn vị hành chính\" từ tệp units-t96.csv.");
		assertThat(browser.getCurrentUrl()).endsWith("/imports?kind=units");
	}

	private void upload(String kind, String name, String content) throws IOException {
		Path file = files.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		open("/imports");
		new Select(browser.findElement(By.id("import-kind"))).selectByValue(kind);
		browser.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
		browser.findElement(By.id("preview-button")).click();
	}

	private WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}
}
