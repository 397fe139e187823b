package vn.baophu.report.web;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.baophu.coverage.BhxhResult;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.coverage.TargetRate;
import vn.baophu.report.GapRow;
import vn.baophu.report.GapTable;
import vn.baophu.shared.HtmlCells;
import vn.baophu.shared.VietnameseNumbers;

/**
 * The number cells of a gap table's three schemes, formatted once in Java in the request's language
 * ({@code ${@gapCells.of(table)}} in {@code report/gap-fragments}); the template only writes them out.
 * Evaluating every cell's expressions and fragments in the template cost about 13 µs a cell, most of a
 * gap page's time (a province's page has ~10 000 cells); the HTML is the same as that template wrote.
 */
@Component("gapCells")
@RequiredArgsConstructor
public class GapTableCells {

	private final MessageSource messages;

	/** Per scheme, a row of cells per child row and one for the total row. */
	public record Schemes(Scheme bhyt, Scheme bhxh, Scheme bhtn) {
	}

	/** {@code total}: the total row's number cells as HTML. */
	public record Scheme(List<Line> rows, String total) {
	}

	/** A child row and its number cells as HTML. */
	public record Line(GapRow row, String cells) {
	}

	/** A {@code <td>}: its classes, its sort key (none when {@code null}) and its content, escaped. */
	record Cell(String css, @Nullable String sort, String html) {
	}

	public Schemes of(GapTable table) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Line> bhyt = new ArrayList<>(table.rows().size());
		List<Line> bhxh = new ArrayList<>(table.rows().size());
		List<Line> bhtn = new ArrayList<>(table.rows().size());
		for (GapRow row : table.rows()) {
			bhyt.add(new Line(row, html(indicator(row.bhyt(), row.bhytReported(), row.leaves(), locale))));
			bhxh.add(new Line(row, html(bhxh(row, locale))));
			bhtn.add(new Line(row, html(indicator(row.bhtn(), row.bhtnReported(), row.leaves(), locale))));
		}
		GapRow total = table.total();
		return new Schemes(new Scheme(bhyt, html(indicator(total.bhyt(), total.bhytReported(), total.leaves(), locale))),
				new Scheme(bhxh, html(bhxh(total, locale))),
				new Scheme(bhtn, html(indicator(total.bhtn(), total.bhtnReported(), total.leaves(), locale))));
	}

	/**
	 * The cells as the template wrote them ({@code <td class="…" data-sort-value="…">…</td>}), one string
	 * per row ({@link HtmlCells}).
	 */
	static String html(List<Cell> cells) {
		StringBuilder html = new StringBuilder(cells.size() * 48);
		for (Cell cell : cells) {
			HtmlCells.td(html, cell.css(), cell.html(), "data-sort-value", cell.sort());
		}
		return html.toString();
	}

	/** Columns 1..7 of BHYT and BHTN: denominator, participants, coverage, target, achievement, change, remaining. */
	private List<Cell> indicator(IndicatorResult r, int reported, int leaves, Locale locale) {
		return List.of(people("num", r.denominator(), locale),
				reported(r.participants(), reported, leaves, locale),
				percent("num coverage", r.coverage(), locale),
				target(r.target(), locale),
				achievement("num achievement", r.achievement(), locale),
				new Cell("num change", HtmlCells.value(r.changePoints()), VietnameseNumbers.points(r.changePoints(), locale)),
				people("num remaining", r.remaining(), locale));
	}

	/** Columns 1..12 of BHXH. */
	private List<Cell> bhxh(GapRow row, Locale locale) {
		BhxhResult x = row.bhxh();
		IndicatorResult t = x.total();
		IndicatorResult v = x.voluntaryPart();
		return List.of(people("num", t.denominator(), locale),
				reported(x.compulsory(), row.bhxhReported(), row.leaves(), locale),
				people("num", x.voluntary(), locale),
				people("num", t.participants(), locale),
				percent("num coverage", t.coverage(), locale),
				percent("num", v.coverage(), locale),
				target(t.target(), locale),
				target(v.target(), locale),
				achievement("num achievement", t.achievement(), locale),
				achievement("num", v.achievement(), locale),
				people("num remaining", x.remainingCompulsory(), locale),
				people("num remaining", v.remaining(), locale));
	}

	private static Cell people(String css, @Nullable Long people, Locale locale) {
		return new Cell(css, HtmlCells.value(people), VietnameseNumbers.people(people, locale));
	}

	private static Cell percent(String css, @Nullable BigDecimal percent, Locale locale) {
		return new Cell(css, HtmlCells.value(percent), VietnameseNumbers.percent(percent, locale));
	}

	/** Marked ahead (at or above the target) or behind it. */
	private static Cell achievement(String css, @Nullable BigDecimal percent, Locale locale) {
		String mark = HtmlCells.achievementClass(percent);
		return percent(mark.isEmpty() ? css : css + " " + mark, percent, locale);
	}

	/** The reported people of a row, or why there are none: its leaf did not report, or only some of its leaves did. */
	private Cell reported(@Nullable Long people, int reported, int leaves, Locale locale) {
		if (people != null) {
			return new Cell("num", HtmlCells.value(people), "<span>" + VietnameseNumbers.people(people, locale) + "</span>");
		}
		String why = leaves == 1 ? messages.getMessage("gap.notReported", null, locale)
				: messages.getMessage("gap.partlyReported", new Object[] {reported, leaves}, locale);
		return new Cell("num", null, "<span class=\"missing\">" + HtmlCells.text(why) + "</span>");
	}

	/** A target rate, starred when it is derived from the children's. */
	private Cell target(@Nullable TargetRate target, Locale locale) {
		String rate = "<span>" + (target == null ? VietnameseNumbers.MISSING
				: VietnameseNumbers.percent(target.percent(), locale)) + "</span>";
		if (target != null && target.derived()) {
			rate += "<sup title=\"" + HtmlCells.attribute(messages.getMessage("gap.derivedTarget", null, locale)) + "\">*</sup>";
		}
		return new Cell("num", target == null ? null : HtmlCells.value(target.percent()), rate);
	}
}
