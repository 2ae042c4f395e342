package org.govindex.reports.chart;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
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
   * The chart (apply the theme with {@link #applyTheme} before drawing), with {@code valueLabel} as
   * the value axis label. With {@code fromZero} the value axis spans 0..100 (a 0-100 index drawn
   * without exaggeration); otherwise it fits the data, and the caller says in {@code valueLabel}
   * that the axis does not start at zero.
   */
  public static JFreeChart createChart(
      DefaultCategoryDataset dataset,
      String title,
      String valueLabel,
      boolean legend,
      boolean fromZero) {
    NumberAxis valueAxis = new NumberAxis(valueLabel);
    if (fromZero) {
      valueAxis.setRange(0, 100);
    } else {
      valueAxis.setAutoRangeIncludesZero(false);
      valueAxis.setUpperMargin(0.08);
      valueAxis.setLowerMargin(0.08);
    }
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

  /** Prints each point's value (1 decimal) above it: for charts of one or two lines. */
  public static JFreeChart labelPoints(JFreeChart chart, GovindexChartTheme theme, float size) {
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(theme.font().awtFont(size));
    renderer.setDefaultItemLabelPaint(GovindexChartTheme.TEXT);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    return chart;
  }
}
