package org.govindex.reports.chart;

import java.awt.BasicStroke;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Line chart of a yearly value (innovation index, development index) of units: one line per unit,
 * years as categories, missing years as gaps.
 */
public final class IndexTrendChart {

  private IndexTrendChart() {}

  /** Series = unit name, category = year; {@code values} maps unit name → (year → value). */
  public static DefaultCategoryDataset createDataset(
      Map<String, Map<String, Double>> values, List<String> years) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Map.Entry<String, Map<String, Double>> unit : values.entrySet()) {
      for (String year : years) {
        dataset.addValue(unit.getValue().get(year), unit.getKey(), year);
      }
    }
    return dataset;
  }

  /**
   * The chart (apply the theme with {@link #applyTheme} before drawing); the value axis fits the
   * data, with {@code valueLabel} as its label.
   */
  public static JFreeChart createChart(
      DefaultCategoryDataset dataset, String title, String valueLabel, boolean legend) {
    NumberAxis valueAxis = new NumberAxis(valueLabel);
    valueAxis.setAutoRangeIncludesZero(false);
    valueAxis.setUpperMargin(0.08);
    valueAxis.setLowerMargin(0.08);
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    CategoryAxis yearAxis = new CategoryAxis(null);
    yearAxis.setLowerMargin(0.03);
    yearAxis.setUpperMargin(0.03);
    CategoryPlot plot = new CategoryPlot(dataset, yearAxis, valueAxis, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setDomainGridlinesVisible(false);
    return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
  }

  /** Applies {@code theme}, then line widths. */
  public static JFreeChart applyTheme(JFreeChart chart, GovindexChartTheme theme) {
    theme.apply(chart);
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
    renderer.setDefaultStroke(new BasicStroke(1.5f));
    renderer.setAutoPopulateSeriesStroke(false);
    return chart;
  }
}
