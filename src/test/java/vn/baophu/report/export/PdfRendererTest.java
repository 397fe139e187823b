package vn.baophu.report.export;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF pipeline on its own: any XHTML, Vietnamese set in the embedded font even when the page names none. */
class PdfRendererTest {

	private final PdfRenderer renderer = new PdfRenderer(null, null);

	@Test
	void aPageNamingNoFontIsSetInTheEmbeddedDejaVuSans() throws Exception {
		byte[] pdf = renderer.toPdf("""
				<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Thử</title></head>
				<body><p>Thị trấn Càng Long, Xã Đại Phước: 148.806 người, 89,11%</p><p><b>Tổng cộng</b></p></body></html>""");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Thị trấn Càng Long, Xã Đại Phước: 148.806 người, 89,11%",
					"Tổng cộng");
			PDResources resources = document.getPage(0).getResources();
			List<String> fonts = new ArrayList<>();
			for (COSName name : resources.getFontNames()) {
				assertThat(resources.getFont(name).isEmbedded()).isTrue();
				fonts.add(resources.getFont(name).getName());
			}
			assertThat(fonts).hasSize(2).allMatch(font -> font.contains("DejaVuSans"));
		}
	}

	@Test
	void nothingIsFetchedFromOutside() throws Exception {
		byte[] pdf = renderer.toPdf("""
				<html xmlns="http://www.w3.org/1999/xhtml"><head>
				<link rel="stylesheet" href="file:///etc/passwd"/><link rel="stylesheet" href="/css/../../application.properties"/>
				</head><body><p>Xã An Trường A</p><img src="http://example.invalid/logo.png"/></body></html>""");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Xã An Trường A").doesNotContain("root:");
		}
	}
}
