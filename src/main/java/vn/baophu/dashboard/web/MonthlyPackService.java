package vn.baophu.dashboard.web;

import lombok.RequiredArgsConstructor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.baophu.report.export.PdfRenderer;
import vn.baophu.report.export.ReportExports;
import vn.baophu.report.export.ReportExports.ExportFile;
import vn.baophu.report.export.TableKind;
import vn.baophu.shared.VietnameseDates;
import vn.baophu.task.Board;
import vn.baophu.task.BoardFilter;
import vn.baophu.task.TaskBoardService;
import vn.baophu.unit.UnitRef;
import vn.baophu.user.SignedInUser;

/**
 * The monthly meeting pack (tài liệu giao ban) of a unit: one PDF with the parts in the order the
 * meeting goes through them: the dashboard (with its charts), the gap tables of BHYT, BHXH and BHTN
 * (the report module's file), and the tasks of the subtree overdue today. Each part is rendered as it
 * is on its own and the files are put one after the other, with a bookmark at the start of each part.
 */
@Service
@RequiredArgsConstructor
class MonthlyPackService {

	static final String TASKS_VIEW = "dashboard/pack-tasks";

	private final DashboardPrint dashboard;
	private final ReportExports exports;
	private final TaskBoardService boards;
	private final PdfRenderer pdf;
	private final MessageSource messages;

	ExportFile pack(UnitRef unit, YearMonth period, SignedInUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Board board = boards.board(unit, BoardFilter.NONE, user);
		List<Part> parts = List.of(
				new Part(message("dashboard.pack.part.dashboard", locale),
						dashboard.pdf(unit, period, locale, request, response)),
				new Part(message("dashboard.pack.part.gaps", locale),
						exports.gapPdf(unit, period, TableKind.GAP_TABLES, locale).content()),
				new Part(message("dashboard.pack.part.tasks", locale),
						pdf.render(TASKS_VIEW, Map.of("unit", unit, "board", board), locale, request, response)));
		String title = message("dashboard.pack.title", locale, unit.name(), VietnameseDates.month(period, locale));
		String name = message("export.file.pack", locale) + "-" + DashboardPdfController.fileCode(unit) + "-" + period
				+ ".pdf";
		return new ExportFile(name, "application/pdf", concatenate(title, parts));
	}

	/** One part of the pack: its bookmark and its file. */
	private record Part(String title, byte[] pdf) {
	}

	/** The parts one after the other; the sources stay open until the pack is saved, as PDFBox needs. */
	private static byte[] concatenate(String title, List<Part> parts) {
		List<PDDocument> sources = new ArrayList<>();
		try (PDDocument pack = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFMergerUtility merger = new PDFMergerUtility();
			PDDocumentOutline outline = new PDDocumentOutline();
			for (Part part : parts) {
				PDDocument source = Loader.loadPDF(part.pdf());
				sources.add(source);
				int first = pack.getNumberOfPages();
				merger.appendDocument(pack, source);
				PDOutlineItem bookmark = new PDOutlineItem();
				bookmark.setTitle(part.title());
				bookmark.setDestination(pack.getPage(first));
				outline.addLast(bookmark);
			}
			pack.getDocumentCatalog().setDocumentOutline(outline);
			pack.getDocumentInformation().setTitle(title);
			pack.getDocumentInformation().setProducer("baophu");
			pack.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			for (PDDocument source : sources) {
				try {
					source.close();
				}
				catch (IOException ex) {
					// nothing was written to it; closing only frees its buffers
				}
			}
		}
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
