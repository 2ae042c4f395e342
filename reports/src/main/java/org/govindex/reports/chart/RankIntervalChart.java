package org.govindex.reports.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Rank intervals of the innovation index: one row per unit (best first), a dot at the median rank
 * over the Monte Carlo replications and a whisker from the 5th to the 95th percentile rank, so that
 * readers see which rank differences are real.
 */
public final class RankIntervalChart {

  /** One unit: its name, rank (median) and 5-95% rank interval (null ends = no whisker). */
  public record UnitRank(String name, double rank, Double low, Double high) {}

  /** Height of the chart without rows (points). */
  private static final double FIXED_HEIGHT = 70;

  /** Height per row (points). */
  private static final double ROW_PITCH = 15;

  private RankIntervalChart() {}

  /** The interval dataset; row i (y = i) is {@code units.get(i)}. */
  public static XYIntervalSeriesCollection createDataset(List<UnitRank> units) {
    XYIntervalSeries series = new XYIntervalSeries("排名中位数与 5%-95% 区间");
    for (int i = 0; i < units.size(); i++) {
      UnitRank unit = units.get(i);
      double low = unit.low() == null ? unit.rank() : unit.low();
      double high = unit.high() == null ? unit.rank() : unit.high();
      series.add(unit.rank(), low, high, i, i, i);
    }
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    dataset.addSeries(series);
    return dataset;
  }

  /** The chart (apply the theme with {@link #applyTheme}); rows are labelled with unit names. */
  public static JFreeChart createChart(
      XYIntervalSeriesCollection dataset, List<UnitRank> units, String title, int unitsRanked) {
    String[] names = units.stream().map(UnitRank::name).toArray(String[]::new);
    SymbolAxis unitAxis = new EveryNameAxis(names);
    unitAxis.setInverted(true);
    unitAxis.setGridBandsVisible(false);
    unitAxis.setLowerMargin(0);
    unitAxis.setUpperMargin(0);
    unitAxis.setRange(-0.7, Math.max(names.length, 1) - 0.3);
    NumberAxis rankAxis = new NumberAxis("名次（1 = 最好）");
    rankAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    rankAxis.setRange(0.5, Math.max(unitsRanked, 2) + 0.5);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(true);
    renderer.setDrawYError(false);
    renderer.setCapLength(5);
    renderer.setDefaultLinesVisible(false);
    XYPlot plot = new XYPlot(dataset, rankAxis, unitAxis, renderer);
    plot.setOrientation(org.jfree.chart.plot.PlotOrientation.VERTICAL);
    plot.setDomainGridlinesVisible(true);
    plot.setRangeGridlinesVisible(false);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.addSubtitle(new TextTitle("圆点为不确定性分析中的排名中位数，线段为 5%-95% 排名区间；区间重叠的单位排名差异不显著"));
    return chart;
  }

  /** Applies {@code theme}, then the whisker colour and stroke. */
  public static JFreeChart applyTheme(JFreeChart chart, GovindexChartTheme theme) {
    theme.apply(chart);
    XYErrorRenderer renderer = (XYErrorRenderer) chart.getXYPlot().getRenderer();
    renderer.setErrorPaint(GovindexChartTheme.WHISKER);
    renderer.setErrorStroke(new BasicStroke(1.0f));
    renderer.setSeriesPaint(0, GovindexChartTheme.PRIMARY);
    return chart;
  }

  /**
   * A unit axis that names every row: {@link SymbolAxis} leaves out a label it measures as
   * overlapping its neighbour (with the font of the graphics, not of the labels), which named only
   * every second bar of a long chart.
   */
  private static final class EveryNameAxis extends SymbolAxis {

    private final String[] names;

    EveryNameAxis(String[] names) {
      super(null, names);
      this.names = names.clone();
    }

    @Override
    public List<NumberTick> refreshTicks(
        Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
      List<NumberTick> ticks = new java.util.ArrayList<>();
      for (int i = 0; i < names.length; i++) {
        ticks.add(
            new NumberTick(i, names[i], TextAnchor.CENTER_RIGHT, TextAnchor.CENTER_RIGHT, 0.0));
      }
      return ticks;
    }
  }

  /** Chart height in points for {@code rows} units. */
  public static double heightFor(int rows) {
    return FIXED_HEIGHT + ROW_PITCH * Math.max(rows, 1);
  }
}
