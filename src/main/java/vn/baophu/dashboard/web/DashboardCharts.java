package vn.baophu.dashboard.web;

import lombok.RequiredArgsConstructor;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.baophu.dashboard.Dashboard;
import vn.baophu.dashboard.RankedUnit;
import vn.baophu.dashboard.Trend;
import vn.baophu.report.export.PdfRenderer;
import vn.baophu.shared.Indicator;
import vn.baophu.shared.VietnameseNumbers;

import static vn.baophu.dashboard.web.ChartStyle.FONT_SIZE;

/**
 * The dashboard's two charts for print, drawn by JFreeChart as the page's Chart.js draws them
 * ({@code static/js/dashboard.js}, the look in {@link ChartStyle}): the same series, target lines and
 * labels, in the reader's language, the text in the PDF's embedded font.
 */
@Component
@RequiredArgsConstructor
class DashboardCharts {

	/** The trend's datasets: the lines on the coverage axis, the participants' bars on the people axis. */
	static final int LINES = 0;
	static final int BARS = 1;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	/** How high the ranking chart is printed: room per unit, within what a page holds (millimetres). */
	private static final int RANKING_MIN_MM = 70;
	private static final int RANKING_MAX_MM = 175;
	private static final double RANKING_MM_PER_UNIT = 5.2;
	private static final double RANKING_FRAME_MM = 18;

	private final MessageSource messages;
	private final PdfRenderer pdf;

	/**
	 * BHYT coverage month by month this year and last year against this year's target, with this year's
	 * participants as bars on a second axis; {@code null} when neither year has figures.
	 */
	@Nullable JFreeChart trend(Dashboard dashboard, Locale locale) {
		Trend trend = dashboard.trend();
		Trend.Series series = trend.bhyt();
		if (!series.hasFigures()) {
			return null;
		}
		List<String> months = ChartStyle.shortMonths(locale);
		String thisYear = message("dashboard.trend.thisYear", locale, trend.yearLabel());
		String lastYear = message("dashboard.trend.lastYear", locale, trend.lastYearLabel());
		String target = message("dashboard.trend.target", locale, trend.yearLabel());
		String participants = message("dashboard.trend.participants", locale, trend.yearLabel());
		DefaultCategoryDataset lines = new DefaultCategoryDataset();
		DefaultCategoryDataset bars = new DefaultCategoryDataset();
		for (int i = 0; i < 12; i++) {
			lines.addValue(series.thisYear().get(i), thisYear, months.get(i));
			lines.addValue(series.lastYear().get(i), lastYear, months.get(i));
			if (series.target() != null) {
				lines.addValue(series.target().percent(), target, months.get(i));
			}
			bars.addValue(series.participantsThisYear().get(i), participants, months.get(i));
		}

		LineAndShapeRenderer lineRenderer = new LineAndShapeRenderer(true, true);
		ChartStyle.line(lineRenderer, 0, ChartStyle.THIS_YEAR, new BasicStroke(3), ChartStyle.dot(4));
		ChartStyle.line(lineRenderer, 1, ChartStyle.LAST_YEAR, ChartStyle.dashed(3, 6, 4), ChartStyle.dot(3));
		ChartStyle.line(lineRenderer, 2, ChartStyle.TARGET, ChartStyle.dashed(3, 2, 3), null);
		NumberAxis coverage = ChartStyle.numberAxis(message("dashboard.trend.axisCoverage", locale),
				ChartStyle.ticks(value -> VietnameseNumbers.decimal2(value, locale)), font(FONT_SIZE));
		coverage.setAutoRangeIncludesZero(false);
		CategoryAxis monthAxis = ChartStyle.categoryAxis(font(FONT_SIZE));
		// T10…T12 may be wider than a month's slot; the slots have room around them
		monthAxis.setMaximumCategoryLabelWidthRatio(2f);
		CategoryPlot plot = new CategoryPlot(lines, monthAxis, coverage, lineRenderer);

		BarRenderer barRenderer = ChartStyle.flat(new BarRenderer());
		barRenderer.setSeriesPaint(0, ChartStyle.PARTICIPANTS);
		plot.setDataset(BARS, bars);
		plot.setRangeAxis(BARS, ChartStyle.numberAxis(message("dashboard.trend.axisPeople", locale),
				ChartStyle.ticks(value -> VietnameseNumbers.people(value.longValue(), locale)), font(FONT_SIZE)));
		plot.mapDatasetToRangeAxis(BARS, BARS);
		plot.setRenderer(BARS, barRenderer);
		// the bars behind the lines, as on the page
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
		plot.setDomainGridlinesVisible(true);
		return ChartStyle.chart(plot, true, font(FONT_SIZE));
	}

	/**
	 * The units below by BHYT achievement, highest first, each bar in its pace colour, the units with the
	 * biggest drops outlined, and the target (100 %) as a dashed line; {@code null} when no unit has an
	 * achievement.
	 */
	@Nullable JFreeChart ranking(Dashboard dashboard, Locale locale) {
		if (!dashboard.rankedByBhyt()) {
			return null;
		}
		List<RankedUnit> units = rankingOrder(dashboard.ranking());
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String label = message("dashboard.ranking.achievementSeries", locale);
		BigDecimal lowest = HUNDRED;
		BigDecimal highest = HUNDRED;
		for (RankedUnit unit : units) {
			BigDecimal achievement = unit.get(Indicator.BHYT).result().achievement();
			data.addValue(achievement, label, new UnitLabel(unit.unit().code(), unit.unit().name()));
			if (achievement != null) {
				lowest = lowest.min(achievement);
				highest = highest.max(achievement);
			}
		}
		BarRenderer renderer = ChartStyle.flat(new PaceBars(units));
		renderer.setDrawBarOutline(true);
		renderer.setDefaultOutlineStroke(new BasicStroke(2));
		renderer.setMaximumBarWidth(0.12);
		NumberAxis achievement = ChartStyle.numberAxis(null,
				ChartStyle.ticks(value -> VietnameseNumbers.decimal2(value, locale)), font(FONT_SIZE));
		// Chart.js's suggestedMax: 102; below, room for the shortest bar
		achievement.setRange(Math.max(0, Math.floor(lowest.doubleValue() / 5 - 1) * 5),
				Math.max(102, Math.ceil(highest.doubleValue() + 2)));
		CategoryAxis unitAxis = ChartStyle.categoryAxis(font(rankingLabelSize(units.size())));
		unitAxis.setMaximumCategoryLabelWidthRatio(0.6f);
		unitAxis.setMaximumCategoryLabelLines(2);
		unitAxis.setCategoryMargin(0.25);
		CategoryPlot plot = new CategoryPlot(data, unitAxis, achievement, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		plot.addRangeMarker(new ValueMarker(100, ChartStyle.TARGET, ChartStyle.dashed(1.5f, 4, 3)), Layer.FOREGROUND);
		return ChartStyle.chart(plot, false, font(FONT_SIZE));
	}

	/**
	 * The height of the ranking chart for this many units, in millimetres: a multiple of 5, as the print
	 * style sheet has a class for each ({@code chart-h-70} … {@code chart-h-175}).
	 */
	static int rankingHeightMm(int units) {
		double wanted = RANKING_FRAME_MM + RANKING_MM_PER_UNIT * units;
		return 5 * (int) Math.round(Math.max(RANKING_MIN_MM, Math.min(RANKING_MAX_MM, wanted)) / 5);
	}

	/** As the page sorts: highest BHYT achievement first, ties by name, units without one last. */
	static List<RankedUnit> rankingOrder(List<RankedUnit> ranking) {
		Collator names = Collator.getInstance(Locale.forLanguageTag("vi"));
		List<RankedUnit> sorted = new ArrayList<>(ranking);
		sorted.sort(Comparator
			.comparing((RankedUnit unit) -> unit.get(Indicator.BHYT).result().achievement(),
					Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
			.thenComparing(unit -> unit.unit().name(), names));
		return sorted;
	}

	/** Unit names as large as the room per bar allows, at most the charts' size. */
	private static float rankingLabelSize(int units) {
		double pitchPx = (rankingHeightMm(units) - RANKING_FRAME_MM) / units * 96 / 25.4;
		return (float) Math.max(5, Math.min(FONT_SIZE, pitchPx * 0.7));
	}

	/** A bar of the ranking: named by the unit, kept apart by its code (two units may share a name). */
	record UnitLabel(String code, String name) implements Comparable<UnitLabel> {

		@Override
		public int compareTo(UnitLabel other) {
			return code.compareTo(other.code);
		}

		@Override
		public String toString() {
			return name;
		}
	}

	/** Each bar in the colour of its unit's pace, outlined when among the biggest drops. */
	private static final class PaceBars extends BarRenderer {

		private final List<RankedUnit> units;

		PaceBars(List<RankedUnit> units) {
			this.units = units;
		}

		@Override
		public Paint getItemPaint(int row, int column) {
			return ChartStyle.PACE.get(units.get(column).get(Indicator.BHYT).pace().standing());
		}

		@Override
		public Paint getItemOutlinePaint(int row, int column) {
			return units.get(column).get(Indicator.BHYT).biggestDrop() ? ChartStyle.BIGGEST_DROP : ChartStyle.NO_OUTLINE;
		}
	}

	private Font font(float size) {
		return pdf.drawingFont(size);
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
