package vn.baophu.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.baophu.support.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator goes from the users list to the import page, previews a file of new users,
 * saves it, finds them in the list, and one of them signs in.
 */
class UsersImportIT extends BrowserTestBase {

	@TempDir
	Path files;

	@Test
	void anAdministratorImportsUsersWhoThenSignIn() throws IOException {
		String official = "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Path file = files.resolve("nguoi-dung.csv");
		Files.writeString(file, "username,full_name,role,unit_code,password\n"
				+ official + ",Võ Văn Trình,Cán bộ cấp huyện,844,mat-khau-trinh-duyet\n", StandardCharsets.UTF_8);
		signInAsAdministrator();

		open("/admin/users");
		browser.findElement(By.id("import-users")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/imports?kind=users"));
		assertThat(new Select(browser.findElement(By.id("import-kind"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("users");
		browser.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
		browser.findElement(By.id("preview-button")).click();
		assertThat(waitFor(By.id("import-ready")).getText()).contains("1 dòng sẵn sàng để lưu");
		browser.findElement(By.id("confirm-button")).click();
		assertThat(waitFor(By.id("import-success")).getText())
			.isEqualTo("Đã nhập 1 dòng \"Người dùng\" từ tệp nguoi-dung.csv.");

		open("/admin/users");
		WebElement row = waitFor(By.cssSelector("tr[data-username='" + official + "']"));
		assertThat(row.getText()).contains("Võ Văn Trình", "Cán bộ cấp huyện", "844 – Huyện Càng Long");

		signIn(official, "mat-khau-trinh-duyet");
		open("/account");
		assertThat(waitFor(By.tagName("main")).getText()).contains(official);
	}

	private WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}
}
