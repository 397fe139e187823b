package vn.baophu.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.baophu.support.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** A district official downloads the gap tables of Càng Long, June 2023, from the page, as .xlsx and PDF. */
class ExportDownloadIT extends BrowserTestBase {

	@TempDir
	Path downloads;

	@Test
	void downloadsTheGapTablesAsExcelAndPdfFromTheGapTablePage() throws Exception {
		signInAsAdministrator();
		open("/units/844/gap?period=2023-06");
		((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));

		browser.findElement(By.id("download-xlsx")).click();
		Path xlsx = awaitDownload("bang-tien-do-844-2023-06.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			Row total = workbook.getSheet("BHYT").getRow(20);
			assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
			assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(148806);
			assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(8766);
		}

		browser.findElement(By.id("download-pdf")).click();
		Path pdf = awaitDownload("bang-tien-do-844-2023-06.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("Thị trấn Càng Long",
					"Tổng cộng 148.806 132.600 89,11% 95,00% 93,80% +0,64 8.766");
		}

		// the page stayed where it was
		assertThat(browser.getCurrentUrl()).contains("/units/844/gap");
		assertThat(browser.findElement(By.id("download-report-xlsx")).getAttribute("href"))
			.endsWith("/units/844/report.xlsx?period=2023-06");
		assertThat(browser.findElement(By.id("download-report-pdf")).getAttribute("href"))
			.endsWith("/units/844/report.pdf?period=2023-06");
	}

	/** The file once Chromium has finished writing it. */
	private Path awaitDownload(String name) {
		Path file = downloads.resolve(name);
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
			try (var partial = Files.list(downloads)) {
				return Files.isRegularFile(file) && partial.noneMatch(p -> p.toString().endsWith(".crdownload"));
			}
			catch (IOException ex) {
				return false;
			}
		});
		return file;
	}
}
