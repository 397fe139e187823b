package vn.baophu.dashboard.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jspecify.annotations.Nullable;
import vn.baophu.coverage.PaceCheck;

/**
 * The look of the page's Chart.js charts ({@code static/js/dashboard.js}) for JFreeChart: the colours,
 * dashes and dot sizes of the series, Chart.js's light grid and grey text, the legend on top. Sizes are
 * in CSS pixels.
 */
final class ChartStyle {

	static final Color THIS_YEAR = new Color(0x0d6efd);
	static final Color LAST_YEAR = new Color(0x8a9299);
	static final Color TARGET = new Color(0xdc3545);
	/** rgba(13, 110, 253, 0.15) */
	static final Color PARTICIPANTS = new Color(13, 110, 253, 38);
	static final Color BIGGEST_DROP = new Color(0x212529);
	static final Color NO_OUTLINE = new Color(0, 0, 0, 0);
	static final Map<PaceCheck.Standing, Color> PACE = new EnumMap<>(Map.of(
			PaceCheck.Standing.AHEAD, new Color(0x198754), PaceCheck.Standing.SLIGHTLY_BEHIND, new Color(0xe07b00),
			PaceCheck.Standing.FAR_BEHIND, new Color(0xdc3545), PaceCheck.Standing.UNKNOWN, new Color(0x8a9299)));
	/** The size of the charts' text (7.5 pt). */
	static final float FONT_SIZE = 10;

	private static final Color GRID = new Color(0, 0, 0, 26);
	private static final Color TEXT = new Color(0x666666);

	private ChartStyle() {
	}

	/** A chart of the plot, white, without title or frame; the legend, if any, on top. */
	static JFreeChart chart(CategoryPlot plot, boolean legend, Font font) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(GRID);
		plot.setDomainGridlinePaint(GRID);
		plot.setRangeGridlineStroke(new BasicStroke(1));
		plot.setDomainGridlineStroke(new BasicStroke(1));
		JFreeChart chart = new JFreeChart(null, font, plot, legend);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setBorderVisible(false);
		// room for the last tick label at the right end of an axis
		chart.setPadding(new RectangleInsets(2, 2, 2, 10));
		LegendTitle key = chart.getLegend();
		if (key != null) {
			key.setPosition(RectangleEdge.TOP);
			key.setItemFont(font);
			key.setItemPaint(TEXT);
			key.setFrame(BlockBorder.NONE);
		}
		return chart;
	}

	static CategoryAxis categoryAxis(Font font) {
		CategoryAxis axis = new CategoryAxis();
		axis.setTickLabelFont(font);
		axis.setTickLabelPaint(TEXT);
		return axis;
	}

	static NumberAxis numberAxis(@Nullable String label, NumberFormat format, Font font) {
		NumberAxis axis = new NumberAxis(label);
		axis.setLabelFont(font);
		axis.setLabelPaint(TEXT);
		axis.setTickLabelFont(font);
		axis.setTickLabelPaint(TEXT);
		axis.setNumberFormatOverride(format);
		return axis;
	}

	/** Flat bars, no shadow, no outline. */
	static <R extends BarRenderer> R flat(R renderer) {
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		return renderer;
	}

	/** A line series: its colour and stroke, and its dots (none when {@code dot} is null). */
	static void line(LineAndShapeRenderer renderer, int series, Color colour, Stroke stroke, @Nullable Shape dot) {
		renderer.setSeriesPaint(series, colour);
		renderer.setSeriesStroke(series, stroke);
		renderer.setSeriesShapesVisible(series, dot != null);
		if (dot != null) {
			renderer.setSeriesShape(series, dot);
		}
	}

	static Shape dot(double radius) {
		return new Ellipse2D.Double(-radius, -radius, 2 * radius, 2 * radius);
	}

	/** A dashed line as Chart.js's {@code borderDash: [dash, gap]}. */
	static Stroke dashed(float width, float dash, float gap) {
		return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { dash, gap }, 0);
	}

	/** Short month names, January first, as the page's axis has them (T1…T12, Jan…Dec). */
	static List<String> shortMonths(Locale locale) {
		List<String> names = new ArrayList<>(12);
		for (Month month : Month.values()) {
			names.add("vi".equals(locale.getLanguage()) ? "T" + month.getValue()
					: month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
		}
		return names;
	}

	/** Axis ticks written as the rest of the dashboard writes numbers ({@code VietnameseNumbers}). */
	static NumberFormat ticks(Function<BigDecimal, String> writer) {
		return new NumberFormat() {

			@Override
			public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
				return to.append(writer.apply(BigDecimal.valueOf(number)));
			}

			@Override
			public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
				return to.append(writer.apply(BigDecimal.valueOf(number)));
			}

			@Override
			public @Nullable Number parse(String source, ParsePosition position) {
				return null;
			}
		};
	}
}
