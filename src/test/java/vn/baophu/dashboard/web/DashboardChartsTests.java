package vn.baophu.dashboard.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.baophu.coverage.PaceCheck;
import vn.baophu.dashboard.Dashboard;
import vn.baophu.dashboard.DashboardService;
import vn.baophu.dashboard.RankedUnit;
import vn.baophu.dashboard.Trend;
import vn.baophu.shared.Indicator;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's charts for print, on Càng Long's figures: the datasets are the dashboard's own numbers,
 * drawn in the page's colours, with the target where the target is.
 */
@BaophuTest
class DashboardChartsTests {

	private static final Locale VI = Locale.forLanguageTag("vi-VN");
	private static final int WIDTH = 520;
	private static final int HEIGHT = 340;

	@Autowired
	DashboardCharts charts;

	@Autowired
	DashboardService dashboards;

	@Autowired
	UnitService units;

	private Dashboard june2023() {
		return dashboards.dashboard(units.require("844"), YearMonth.of(2023, 6));
	}

	@Test
	void theTrendChartsTheDashboardsBhytSeriesMonthByMonth() {
		Dashboard dashboard = june2023();
		Trend.Series bhyt = dashboard.trend().bhyt();
		CategoryPlot plot = charts.trend(dashboard, VI).getCategoryPlot();

		CategoryDataset lines = plot.getDataset(DashboardCharts.LINES);
		assertThat(lines.getRowKeys()).containsExactly("Năm 2023", "Năm 2022", "Chỉ tiêu năm 2023");
		assertThat(lines.getColumnKeys()).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10",
				"T11", "T12");
		assertThat(row(lines, 0)).isEqualTo(bhyt.thisYear());
		assertThat(row(lines, 1)).isEqualTo(bhyt.lastYear());
		assertThat(row(lines, 2)).hasSize(12).allSatisfy(target -> assertThat((BigDecimal) target).isEqualByComparingTo("95"));
		// June's coverage is Càng Long's 89,11 %, May's is there too, and the months to come are gaps, not zeros
		assertThat(((BigDecimal) lines.getValue(0, 5)).setScale(2, java.math.RoundingMode.HALF_UP))
			.isEqualByComparingTo("89.11");
		assertThat(lines.getValue(0, 4)).isNotNull();
		assertThat(lines.getValue(0, 6)).isNull();

		CategoryDataset bars = plot.getDataset(DashboardCharts.BARS);
		assertThat(bars.getRowKeys()).containsExactly("Số người tham gia BHYT năm 2023");
		assertThat(row(bars, 0)).isEqualTo(new ArrayList<Object>(bhyt.participantsThisYear()));
		assertThat(bars.getValue(0, 5)).isEqualTo(132_600L);
		assertThat(plot.getRangeAxis(DashboardCharts.BARS).getLabel()).isEqualTo("Số người");
		assertThat(plot.getRangeAxis(DashboardCharts.LINES).getLabel()).isEqualTo("Tỷ lệ bao phủ (%)");
	}

	@Test
	void theTrendIsDrawnInThePagesColoursWithTheTargetLineAtTheTarget() {
		JFreeChart chart = charts.trend(june2023(), VI);
		CategoryItemRenderer lines = chart.getCategoryPlot().getRenderer(DashboardCharts.LINES);
		assertThat(lines.getSeriesPaint(0)).isEqualTo(new Color(0x0d6efd));
		assertThat(lines.getSeriesPaint(1)).isEqualTo(new Color(0x8a9299));
		assertThat(lines.getSeriesPaint(2)).isEqualTo(new Color(0xdc3545));

		ChartRenderingInfo info = new ChartRenderingInfo();
		BufferedImage image = draw(chart, info);
		Rectangle2D area = info.getPlotInfo().getDataArea();
		CategoryPlot plot = chart.getCategoryPlot();
		int targetY = (int) Math.round(plot.getRangeAxis().valueToJava2D(95, area, plot.getRangeAxisEdge()));
		int june = (int) Math.round(plot.getDomainAxis().getCategoryMiddle(5, 12, area, plot.getDomainAxisEdge()));
		int juneY = (int) Math.round(plot.getRangeAxis().valueToJava2D(89.11, area, plot.getRangeAxisEdge()));
		// the dashed target line runs across the plot at 95 %, June's dot sits at 89,11 %
		assertThat(share(image, area, targetY, new Color(0xdc3545))).isGreaterThan(0.3);
		assertThat(share(image, area, targetY + 10, new Color(0xdc3545))).isLessThan(0.02);
		assertThat(near(image, june, juneY, new Color(0x0d6efd))).isTrue();
		assertThat(near(image, june, targetY + 20, new Color(0x0d6efd))).isFalse();
	}

	@Test
	void theRankingHasEveryUnitBelowByAchievementInItsPaceColourAndTheTargetAtHundredPercent() {
		Dashboard dashboard = june2023();
		JFreeChart chart = charts.ranking(dashboard, VI);
		CategoryPlot plot = chart.getCategoryPlot();
		CategoryDataset data = plot.getDataset();
		assertThat(data.getColumnCount()).isEqualTo(14);
		assertThat(data.getColumnKeys().get(0)).hasToString("Xã An Trường");
		assertThat(data.getColumnKeys().get(13)).hasToString("Xã Huyền Hội");
		List<BigDecimal> achievements = new ArrayList<>();
		for (int column = 0; column < 14; column++) {
			achievements.add((BigDecimal) data.getValue(0, column));
		}
		assertThat(achievements).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		for (RankedUnit unit : dashboard.ranking()) {
			int column = data.getColumnIndex(new DashboardCharts.UnitLabel(unit.unit().code(), unit.unit().name()));
			RankedUnit.Entry bhyt = unit.get(Indicator.BHYT);
			assertThat(data.getValue(0, column)).isEqualTo(bhyt.result().achievement());
			assertThat(plot.getRenderer().getItemPaint(0, column)).as(unit.unit().name())
				.isEqualTo(ChartStyle.PACE.get(bhyt.pace().standing()));
		}
		assertThat(ChartStyle.PACE.get(PaceCheck.Standing.AHEAD)).isEqualTo(new Color(0x198754));

		ChartRenderingInfo info = new ChartRenderingInfo();
		BufferedImage image = draw(chart, info);
		Rectangle2D area = info.getPlotInfo().getDataArea();
		int hundred = (int) Math.round(plot.getRangeAxis().valueToJava2D(100, area, plot.getRangeAxisEdge()));
		int redRows = 0;
		for (int y = (int) area.getMinY(); y < area.getMaxY(); y++) {
			redRows += near(image, hundred, y, new Color(0xdc3545)) ? 1 : 0;
		}
		// dashed 4 on, 3 off: more than half of the plot's height is drawn at 100 %
		assertThat(redRows / area.getHeight()).isGreaterThan(0.5);
	}

	@Test
	void inEnglishTheLabelsAreEnglish() {
		CategoryPlot plot = charts.trend(june2023(), Locale.ENGLISH).getCategoryPlot();
		assertThat(plot.getDataset(DashboardCharts.LINES).getRowKeys()).containsExactly("2023", "2022", "Target 2023");
		assertThat(plot.getDataset().getColumnKeys()).startsWith("Jan", "Feb").endsWith("Dec");
		assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Coverage (%)");
	}

	@Test
	void withoutFiguresThereIsNoChartToDraw() {
		Dashboard before = dashboards.dashboard(units.require("844"), YearMonth.of(2020, 6));
		assertThat(charts.trend(before, VI)).isNull();
		assertThat(charts.ranking(before, VI)).isNull();
		Dashboard commune = dashboards.dashboard(units.require("29266"), YearMonth.of(2023, 6));
		assertThat(charts.trend(commune, VI)).isNotNull();
		assertThat(charts.ranking(commune, VI)).isNull();
	}

	@Test
	void theRankingGrowsWithTheUnitsWithinAPage() {
		assertThat(DashboardCharts.rankingHeightMm(1)).isEqualTo(70);
		assertThat(DashboardCharts.rankingHeightMm(14)).isEqualTo(90);
		assertThat(DashboardCharts.rankingHeightMm(170)).isEqualTo(175);
	}

	private static List<Object> row(CategoryDataset dataset, int row) {
		List<Object> values = new ArrayList<>();
		for (int column = 0; column < dataset.getColumnCount(); column++) {
			values.add(dataset.getValue(row, column));
		}
		return values;
	}

	private static BufferedImage draw(JFreeChart chart, ChartRenderingInfo info) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), info);
		graphics.dispose();
		return image;
	}

	/** The share of the plot's width on row {@code y} drawn in (about) this colour. */
	private static double share(BufferedImage image, Rectangle2D area, int y, Color colour) {
		int hits = 0;
		for (int x = (int) area.getMinX(); x < area.getMaxX(); x++) {
			hits += near(image, x, y, colour) ? 1 : 0;
		}
		return hits / area.getWidth();
	}

	/** The pixel or one next to it is (about) this colour: lines are anti-aliased across pixels. */
	private static boolean near(BufferedImage image, int x, int y, Color colour) {
		for (int dx = -1; dx <= 1; dx++) {
			for (int dy = -1; dy <= 1; dy++) {
				Color pixel = new Color(image.getRGB(Math.max(0, Math.min(WIDTH - 1, x + dx)),
						Math.max(0, Math.min(HEIGHT - 1, y + dy))));
				if (Math.abs(pixel.getRed() - colour.getRed()) + Math.abs(pixel.getGreen() - colour.getGreen())
						+ Math.abs(pixel.getBlue() - colour.getBlue()) < 90) {
					return true;
				}
			}
		}
		return false;
	}
}
