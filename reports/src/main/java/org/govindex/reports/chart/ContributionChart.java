package org.govindex.reports.chart;

import java.awt.Color;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Scorecard charts of how a unit's total T is made: {@linkplain #createPartsChart the parts} (the
 * points of T contributed by S and by O, for the unit and for the mean unit of its level, as
 * stacked horizontal bars) and {@linkplain #createDeltaChart the indicators} (each objective
 * indicator's score minus the level mean: green bars where the unit is better than the city, red
 * where it is worse).
 */
public final class ContributionChart {

  /** Colour of indicators above the level mean. */
  public static final Color BETTER = new Color(0x38, 0x8E, 0x3C);

  /** Colour of indicators below the level mean. */
  public static final Color WORSE = new Color(0xC6, 0x28, 0x28);

  /** A part of T: label (e.g. 群众主观评价 S), points of T for the unit and for the level mean. */
  public record Part(String label, double unitPoints, double meanPoints) {}

  /** An indicator: its name and score minus the level mean. */
  public record Delta(String name, double delta) {}

  private ContributionChart() {}

  /** Series = part, categories = {@code unitLabel} and {@code meanLabel}. */
  public static DefaultCategoryDataset createPartsDataset(
      List<Part> parts, String unitLabel, String meanLabel) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Part part : parts) {
      dataset.addValue(part.unitPoints(), part.label(), unitLabel);
      dataset.addValue(part.meanPoints(), part.label(), meanLabel);
    }
    return dataset;
  }

  /**
   * Stacked horizontal bars of the parts, 0-100 points of T, each segment labelled inside with its
   * points.
   */
  public static JFreeChart createPartsChart(DefaultCategoryDataset dataset, String title) {
    NumberAxis pointsAxis = new NumberAxis("总分构成（分）");
    pointsAxis.setRange(0, 100);
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")));
    renderer.setDefaultItemLabelsVisible(true);
    // labels centred inside their segment (the default position is above a horizontal bar,
    // where a label in the segment's contrast colour would vanish on the white background)
    ItemLabelPosition inside = new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER);
    renderer.setDefaultPositiveItemLabelPosition(inside);
    renderer.setDefaultNegativeItemLabelPosition(inside);
    // JFreeChart drops an inside label taller than its bar unless there is a fallback
    renderer.setPositiveItemLabelPositionFallback(inside);
    renderer.setNegativeItemLabelPositionFallback(inside);
    renderer.setMaximumBarWidth(0.5);
    CategoryAxis axis = new CategoryAxis(null);
    axis.setCategoryMargin(0.15);
    CategoryPlot plot = new CategoryPlot(dataset, axis, pointsAxis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setDomainGridlinesVisible(false);
    plot.setInsets(new RectangleInsets(2, 2, 2, 10));
    return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
  }

  /** One series, category = indicator name, value = score − level mean. */
  public static DefaultCategoryDataset createDeltaDataset(List<Delta> deltas) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Delta delta : deltas) {
      dataset.addValue(delta.delta(), "与同级平均之差", delta.name());
    }
    return dataset;
  }

  /** Horizontal bars of the deltas, symmetric around 0, labelled with the signed delta. */
  public static JFreeChart createDeltaChart(DefaultCategoryDataset dataset, String title) {
    double extent = 10;
    for (int i = 0; i < dataset.getColumnCount(); i++) {
      Number value = dataset.getValue(0, i);
      if (value != null) {
        extent = Math.max(extent, Math.abs(value.doubleValue()));
      }
    }
    NumberAxis deltaAxis = new NumberAxis("指标得分 − 同级平均（分）");
    double bound = Math.ceil(extent * 1.3 / 5) * 5;
    deltaAxis.setRange(-bound, bound);
    BarRenderer renderer = new SignedBarRenderer();
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("+0.0;−0.0")));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
    renderer.setMaximumBarWidth(0.6);
    CategoryAxis axis = new CategoryAxis(null);
    axis.setMaximumCategoryLabelWidthRatio(0.45f);
    axis.setCategoryMargin(0.25);
    CategoryPlot plot = new CategoryPlot(dataset, axis, deltaAxis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeZeroBaselineVisible(true);
    plot.setInsets(new RectangleInsets(2, 2, 2, 10));
    return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
  }

  /**
   * Applies {@code theme}, then item labels in a small size: outside the bars in dark text for the
   * deltas; on the stacked parts in white on dark segments and in dark text on light ones, so every
   * label keeps a strong contrast with its background.
   */
  public static JFreeChart applyTheme(JFreeChart chart, GovindexChartTheme theme) {
    theme.apply(chart);
    BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
    renderer.setDefaultItemLabelFont(theme.font().awtFont(8f));
    renderer.setDefaultItemLabelPaint(GovindexChartTheme.TEXT);
    if (!(renderer instanceof SignedBarRenderer)) {
      int series = chart.getCategoryPlot().getDataset().getRowCount();
      for (int i = 0; i < series; i++) {
        renderer.setSeriesItemLabelPaint(i, labelOn(renderer.lookupSeriesPaint(i)));
      }
    }
    chart.getCategoryPlot().getDomainAxis().setTickLabelFont(theme.font().awtFont(8f));
    return chart;
  }

  /** White on dark colours, dark text on light ones (by relative luminance). */
  static Color labelOn(Paint background) {
    if (!(background instanceof Color color)) {
      return GovindexChartTheme.TEXT;
    }
    double luminance =
        0.2126 * linear(color.getRed())
            + 0.7152 * linear(color.getGreen())
            + 0.0722 * linear(color.getBlue());
    // contrast with white (1.05 / (L + 0.05)) against contrast with the dark text
    return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0656
        ? Color.WHITE
        : GovindexChartTheme.TEXT;
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** Bars in {@link #BETTER} when positive and {@link #WORSE} when negative. */
  private static final class SignedBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;

    @Override
    public Paint getItemPaint(int row, int column) {
      Number value = getPlot() == null ? null : getPlot().getDataset().getValue(row, column);
      return value != null && value.doubleValue() < 0 ? WORSE : BETTER;
    }
  }
}
