package org.govindex.reports.chart;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Grade;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bar chart of the grade distribution per level: for each grade (优秀, 良好, 合格, 不合格, 样本不足, 无等级) the
 * share of the level's units, one series per level, so that levels of very different size compare.
 * Each bar is labelled with its percentage.
 */
public final class GradeDistributionChart {

  /**
   * Grades in display order (the labels of {@link Grade}); units without a grade are counted under
   * {@value #NO_GRADE}.
   */
  public static final List<String> GRADES =
      Arrays.stream(Grade.values()).map(Grade::label).toList();

  /** Category of units without a grade. */
  public static final String NO_GRADE = "无等级";

  private GradeDistributionChart() {}

  /**
   * The grade counts of the units of one level: grade → number of units, in {@link #GRADES} order
   * (then {@value #NO_GRADE} and unknown grades).
   */
  public static Map<String, Integer> count(List<String> grades) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    GRADES.forEach(grade -> counts.put(grade, 0));
    for (String grade : grades) {
      String key = grade == null || grade.isBlank() ? NO_GRADE : grade;
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }

  /** Shares in percent: series = level label (e.g. 社区), category = grade. */
  public static DefaultCategoryDataset createDataset(Map<String, Map<String, Integer>> byLevel) {
    List<String> categories = new ArrayList<>(GRADES);
    byLevel
        .values()
        .forEach(
            m -> m.keySet().stream().filter(k -> !categories.contains(k)).forEach(categories::add));
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Map.Entry<String, Map<String, Integer>> level : byLevel.entrySet()) {
      int total = level.getValue().values().stream().mapToInt(Integer::intValue).sum();
      for (String grade : categories) {
        int n = level.getValue().getOrDefault(grade, 0);
        dataset.addValue(total == 0 ? 0.0 : 100.0 * n / total, level.getKey(), grade);
      }
    }
    return dataset;
  }

  /** The chart (apply the theme with {@link #applyTheme} before drawing). */
  public static JFreeChart createChart(DefaultCategoryDataset dataset, String title) {
    NumberAxis shareAxis = new NumberAxis("占本级单位比例（%）");
    shareAxis.setUpperMargin(0.15);
    BarRenderer renderer = new BarRenderer();
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}%", new DecimalFormat("0.0")));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    renderer.setItemMargin(0.05);
    renderer.setMaximumBarWidth(0.08);
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), shareAxis, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setDomainGridlinesVisible(false);
    return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
  }

  /** Applies {@code theme}, then the chart's own label colour (dark text above the bars). */
  public static JFreeChart applyTheme(JFreeChart chart, GovindexChartTheme theme) {
    theme.apply(chart);
    BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
    renderer.setDefaultItemLabelPaint(GovindexChartTheme.TEXT);
    renderer.setDefaultItemLabelFont(theme.font().awtFont(8f));
    return chart;
  }
}
