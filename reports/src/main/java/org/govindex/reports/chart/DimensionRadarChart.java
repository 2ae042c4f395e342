package org.govindex.reports.chart;

import java.awt.BasicStroke;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Radar (spider web) chart of the dimension scores (0-100) of the innovation index: one polygon per
 * unit, one spoke per dimension. Dimensions without a score for any unit shown are left out by
 * {@link #createDataset} (a spoke at 0 would read as a bad score).
 */
public final class DimensionRadarChart {

  /** One unit: its name and dimension code → score (null when not computed). */
  public record UnitDimensions(String name, Map<String, Double> scores) {}

  private DimensionRadarChart() {}

  /**
   * Series = unit name, category = the Chinese name of the dimension ({@code dimensionNames}, code
   * when unknown), in the order of {@code dimensionCodes}.
   */
  public static DefaultCategoryDataset createDataset(
      List<UnitDimensions> units, List<String> dimensionCodes, Map<String, String> dimensionNames) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (String code : dimensionCodes) {
      boolean any = units.stream().anyMatch(u -> u.scores().get(code) != null);
      if (!any) {
        continue;
      }
      String label = dimensionNames.getOrDefault(code, code);
      for (UnitDimensions unit : units) {
        dataset.addValue(unit.scores().get(code), unit.name(), label);
      }
    }
    return dataset;
  }

  /** The chart (apply the theme with {@link #applyTheme} before drawing). */
  public static JFreeChart createChart(DefaultCategoryDataset dataset, String title) {
    SpiderWebPlot plot = new SpiderWebPlot(dataset);
    plot.setMaxValue(100);
    plot.setWebFilled(false);
    plot.setInteriorGap(0.22);
    plot.setStartAngle(90);
    plot.setInsets(new RectangleInsets(4, 4, 4, 4));
    return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
  }

  /** Applies {@code theme}, then thicker series lines and the spoke label font. */
  public static JFreeChart applyTheme(JFreeChart chart, GovindexChartTheme theme) {
    theme.apply(chart);
    SpiderWebPlot plot = (SpiderWebPlot) chart.getPlot();
    plot.setLabelFont(theme.font().awtFont(9f));
    plot.setLabelPaint(GovindexChartTheme.TEXT);
    plot.setBaseSeriesOutlineStroke(new BasicStroke(1.6f));
    plot.setAxisLinePaint(new java.awt.Color(0xBB, 0xBB, 0xBB));
    return chart;
  }
}
