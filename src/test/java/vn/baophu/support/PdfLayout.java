package vn.baophu.support;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * What a PDF shows where, as PDFBox reads it back: every glyph with its place and size, and every form
 * XObject drawn on a page (the drawings the renderer places, such as the dashboard's charts) with its box
 * and the glyphs inside it. Coordinates are in points from the top left of the page.
 */
public final class PdfLayout {

	/** A heading is set at least this large (h2 is 11 pt, h1 14 pt; body text and tables 9 pt or less). */
	public static final float HEADING_SIZE = 10.5f;

	private final List<Page> pages;

	private PdfLayout(List<Page> pages) {
		this.pages = pages;
	}

	public static PdfLayout of(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Reader reader = new Reader();
			List<Page> pages = new ArrayList<>();
			for (int number = 1; number <= document.getNumberOfPages(); number++) {
				PDPage page = document.getPage(number - 1);
				reader.start(page.getMediaBox().getHeight());
				reader.setStartPage(number);
				reader.setEndPage(number);
				reader.getText(document);
				pages.add(new Page(number, page.getMediaBox().getWidth(), page.getMediaBox().getHeight(),
						List.copyOf(reader.glyphs), List.copyOf(reader.drawings)));
			}
			return new PdfLayout(pages);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public List<Page> pages() {
		return pages;
	}

	public Page page(int number) {
		return pages.get(number - 1);
	}

	/** One glyph, {@code size} in points as set on the page; {@code drawing} is the index of the drawing it is in, or -1. */
	public record Glyph(String text, double left, double right, double top, double bottom, float size, int drawing) {
	}

	/** A form XObject on a page, the box it covers, and the glyphs drawn inside it. */
	public record Drawing(int index, Rectangle2D box, List<Glyph> glyphs) {

		public String text() {
			StringBuilder text = new StringBuilder();
			for (Glyph glyph : glyphs) {
				text.append(glyph.text());
			}
			return text.toString();
		}
	}

	/** A run of heading glyphs on one line: the box it covers and its text. */
	public record Heading(String text, double left, double right, double top, double bottom) {
	}

	/** Something below a heading: a line of text, or a drawing. */
	public record Below(String what, double top) {
	}

	public record Page(int number, float width, float height, List<Glyph> glyphs, List<Drawing> drawings) {

		/** The headings of the page, top to bottom: runs of large glyphs outside drawings on one baseline. */
		public List<Heading> headings() {
			List<Heading> headings = new ArrayList<>();
			StringBuilder text = new StringBuilder();
			Glyph first = null;
			Glyph last = null;
			for (Glyph glyph : glyphs) {
				boolean heading = glyph.drawing() < 0 && glyph.size() >= HEADING_SIZE;
				// one line, and no wider gap than a few spaces: side-by-side headings stay apart
				boolean sameLine = last != null && heading && Math.abs(glyph.bottom() - last.bottom()) < 1
						&& glyph.left() - last.right() < 2 * glyph.size();
				if (first != null && !sameLine) {
					headings.add(new Heading(text.toString().strip(), first.left(), last.right(), first.top(),
							first.bottom()));
					text.setLength(0);
					first = null;
				}
				if (heading) {
					first = first == null ? glyph : first;
					text.append(glyph.text());
					last = glyph;
				}
			}
			if (first != null) {
				headings.add(new Heading(text.toString().strip(), first.left(), last.right(), first.top(), first.bottom()));
			}
			headings.sort(Comparator.comparingDouble(Heading::top));
			return headings;
		}

		/**
		 * The first thing under a heading in its column: the nearest glyph or drawing below its baseline that
		 * overlaps it horizontally; empty when nothing follows it on the page.
		 */
		public Optional<Below> below(Heading heading) {
			Below nearest = null;
			for (Glyph glyph : glyphs) {
				if (glyph.top() > heading.bottom() && overlaps(glyph.left(), glyph.right(), heading)
						&& !glyph.text().isBlank() && (nearest == null || glyph.top() < nearest.top())) {
					String kind = glyph.drawing() < 0 && glyph.size() >= HEADING_SIZE ? "heading" : "text";
					nearest = new Below(kind + " '" + glyph.text() + "'", glyph.top());
				}
			}
			for (Drawing drawing : drawings) {
				Rectangle2D box = drawing.box();
				if (box.getMinY() > heading.bottom() && overlaps(box.getMinX(), box.getMaxX(), heading)
						&& (nearest == null || box.getMinY() < nearest.top())) {
					nearest = new Below("drawing " + drawing.index(), box.getMinY());
				}
			}
			return Optional.ofNullable(nearest);
		}

		private static boolean overlaps(double left, double right, Heading heading) {
			return right > heading.left() && left < heading.right();
		}
	}

	/** Records glyphs and form XObjects as PDFBox's text stripper meets them. */
	private static final class Reader extends PDFTextStripper {

		private final List<Glyph> glyphs = new ArrayList<>();
		private final List<Drawing> drawings = new ArrayList<>();
		private float pageHeight;
		private int drawing = -1;

		void start(float height) {
			glyphs.clear();
			drawings.clear();
			pageHeight = height;
			drawing = -1;
		}

		@Override
		public void showForm(PDFormXObject form) throws IOException {
			if (drawing >= 0) {
				super.showForm(form);
				return;
			}
			Matrix matrix = getGraphicsState().getCurrentTransformationMatrix().clone();
			matrix.concatenate(form.getMatrix());
			Rectangle2D pdfBox = form.getBBox().transform(matrix).getBounds2D();
			Rectangle2D box = new Rectangle2D.Double(pdfBox.getMinX(), pageHeight - pdfBox.getMaxY(), pdfBox.getWidth(),
					pdfBox.getHeight());
			int index = drawings.size();
			int firstGlyph = glyphs.size();
			drawing = index;
			try {
				super.showForm(form);
			}
			finally {
				drawing = -1;
			}
			drawings.add(new Drawing(index, box, List.copyOf(glyphs.subList(firstGlyph, glyphs.size()))));
		}

		@Override
		protected void processTextPosition(TextPosition text) {
			double bottom = text.getYDirAdj();
			glyphs.add(new Glyph(text.getUnicode(), text.getXDirAdj(), text.getXDirAdj() + text.getWidthDirAdj(),
					bottom - text.getHeightDir(), bottom, text.getYScale(), drawing));
			super.processTextPosition(text);
		}
	}
}
