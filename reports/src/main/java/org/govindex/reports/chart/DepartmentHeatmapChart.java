package org.govindex.reports.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.govindex.reports.pdf.DisplayFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Heatmap of the two-way rating: streets as rows, departments as columns, each cell coloured by the
 * mean score the street's raters gave the department (blank where the street did not rate it). The
 * score is printed in the cell when there are at most {@value #MAX_LABELLED_CELLS} cells. Callers
 * split large cities into charts of at most a few dozen streets (e.g. per district).
 */
public final class DepartmentHeatmapChart {

  /** Cells are labelled with their score up to this many cells. */
  public static final int MAX_LABELLED_CELLS = 400;

  /** Fixed height (title, legend, padding) in points, without the department labels. */
  private static final double FIXED_HEIGHT = 95;

  /** Height per character of the longest (vertical) department label in points. */
  private static final double LABEL_CHAR_HEIGHT = 8.5;

  /** Height per street row in points. */
  private static final double ROW_PITCH = 20;

  private DepartmentHeatmapChart() {}

  /** A cell: (street index, department index) → mean score. */
  public record Cell(int street, int department, double score) {}

  /** The XYZ dataset: x = department index, y = street index, z = score. */
  public static DefaultXYZDataset createDataset(List<Cell> cells) {
    double[][] data = new double[3][cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      data[0][i] = cells.get(i).department();
      data[1][i] = cells.get(i).street();
      data[2][i] = cells.get(i).score();
    }
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    dataset.addSeries("平均评分", data);
    return dataset;
  }

  /**
   * The chart (apply the theme with {@link #applyTheme}); {@code streets} and {@code departments}
   * label the rows and columns, {@code low}..{@code high} is the colour range.
   */
  public static JFreeChart createChart(
      DefaultXYZDataset dataset,
      List<String> streets,
      List<String> departments,
      double low,
      double high,
      String title) {
    SymbolAxis departmentAxis = new SymbolAxis(null, departments.toArray(String[]::new));
    departmentAxis.setVerticalTickLabels(true);
    departmentAxis.setGridBandsVisible(false);
    departmentAxis.setRange(-0.5, departments.size() - 0.5);
    SymbolAxis streetAxis = new SymbolAxis(null, streets.toArray(String[]::new));
    streetAxis.setInverted(true);
    streetAxis.setGridBandsVisible(false);
    streetAxis.setRange(-0.5, streets.size() - 0.5);
    XYBlockRenderer renderer = new XYBlockRenderer();
    LookupPaintScale scale = paintScale(low, high);
    renderer.setPaintScale(scale);
    XYPlot plot = new XYPlot(dataset, departmentAxis, streetAxis, renderer);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setInsets(new RectangleInsets(2, 2, 2, 8));
    int cells = dataset.getItemCount(0);
    if (cells <= MAX_LABELLED_CELLS) {
      for (int i = 0; i < cells; i++) {
        double score = dataset.getZValue(0, i);
        XYTextAnnotation label =
            new XYTextAnnotation(
                DisplayFormat.score(score), dataset.getXValue(0, i), dataset.getYValue(0, i));
        label.setPaint(GovindexChartTheme.TEXT);
        plot.addAnnotation(label);
      }
    }
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    NumberAxis legendAxis = new NumberAxis("平均评分");
    legendAxis.setRange(low, high);
    PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setStripWidth(8);
    legend.setMargin(new RectangleInsets(4, 60, 4, 60));
    legend.setFrame(BlockBorder.NONE);
    chart.addSubtitle(legend);
    return chart;
  }

  /** Applies {@code theme}, then smaller tick labels and cell label fonts sized to the grid. */
  public static JFreeChart applyTheme(JFreeChart chart, GovindexChartTheme theme) {
    theme.apply(chart);
    XYPlot plot = chart.getXYPlot();
    int columns = ((SymbolAxis) plot.getDomainAxis()).getSymbols().length;
    Font labels = theme.font().awtFont(columns > 20 ? 6.5f : 8f);
    plot.getDomainAxis().setTickLabelFont(labels);
    plot.getRangeAxis().setTickLabelFont(theme.font().awtFont(8f));
    Font cellFont = theme.font().awtFont(columns > 12 ? 6f : 7.5f);
    plot.getAnnotations().stream()
        .filter(a -> a instanceof XYTextAnnotation)
        .forEach(
            a -> {
              ((XYTextAnnotation) a).setFont(cellFont);
              ((XYTextAnnotation) a).setPaint(GovindexChartTheme.TEXT);
            });
    for (Object subtitle : chart.getSubtitles()) {
      if (subtitle instanceof PaintScaleLegend legend) {
        legend.getAxis().setTickLabelFont(theme.font().awtFont(7f));
        legend.getAxis().setLabelFont(theme.font().awtFont(8f));
      }
    }
    return chart;
  }

  /**
   * Chart height in points for {@code streets} rows and department labels of at most {@code
   * longestDepartmentName} characters (they are set vertically above the grid).
   */
  public static double heightFor(int streets, int longestDepartmentName) {
    return FIXED_HEIGHT
        + LABEL_CHAR_HEIGHT * Math.max(longestDepartmentName, 2)
        + ROW_PITCH * Math.max(streets, 1);
  }

  /** A red (low) – yellow – green (high) scale over [low, high] in 20 steps. */
  static LookupPaintScale paintScale(double low, double high) {
    double top = high > low ? high : low + 1;
    LookupPaintScale scale = new LookupPaintScale(low, top, Color.WHITE);
    int steps = 20;
    for (int i = 0; i < steps; i++) {
      double t = (double) i / (steps - 1);
      scale.add(low + (top - low) * i / steps, interpolate(t));
    }
    return scale;
  }

  private static Color interpolate(double t) {
    Color bad = new Color(0xE5, 0x73, 0x73);
    Color middle = new Color(0xFF, 0xF1, 0x9C);
    Color good = new Color(0x81, 0xC7, 0x84);
    return t < 0.5 ? mix(bad, middle, t * 2) : mix(middle, good, (t - 0.5) * 2);
  }

  private static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }
}
