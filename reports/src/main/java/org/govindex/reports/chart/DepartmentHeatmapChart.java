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
 * Heatmap of the two-way rating: departments as rows (names set horizontally on the left), streets
 * as columns (short names set horizontally above the grid), each cell coloured by the mean score
 * the street's raters gave the department (blank where the street did not rate it) and labelled
 * with the score when there are at most {@value #MAX_LABELLED_CELLS} cells. No label is ever
 * rotated: callers keep a chart to at most {@value #MAX_STREETS} streets (splitting a district
 * across several charts) and the fonts shrink to fit the columns and the label column.
 */
public final class DepartmentHeatmapChart {

  /** Cells are labelled with their score up to this many cells. */
  public static final int MAX_LABELLED_CELLS = 400;

  /** At most this many street columns per chart, so their horizontal names stay legible. */
  public static final int MAX_STREETS = 10;

  /** Fixed height (title, street labels, legend, padding) in points. */
  private static final double FIXED_HEIGHT = 100;

  /** Height per department row in points. */
  private static final double ROW_PITCH = 20;

  /** Width of the department label column the fonts are fitted to, in points. */
  private static final float LABEL_COLUMN = 110;

  /** Width of the text area the chart is drawn across (A4 less margins), in points. */
  private static final float DRAWN_WIDTH = 480;

  private static final float MAX_LABEL_SIZE = 8.5f;
  private static final float MIN_LABEL_SIZE = 5.5f;

  private DepartmentHeatmapChart() {}

  /** A cell: (street index, department index) → mean score. */
  public record Cell(int street, int department, double score) {}

  /** The XYZ dataset: x = street index, y = department index, z = score. */
  public static DefaultXYZDataset createDataset(List<Cell> cells) {
    double[][] data = new double[3][cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      data[0][i] = cells.get(i).street();
      data[1][i] = cells.get(i).department();
      data[2][i] = cells.get(i).score();
    }
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    dataset.addSeries("平均评分", data);
    return dataset;
  }

  /**
   * The chart (apply the theme with {@link #applyTheme}); {@code streets} label the columns and
   * {@code departments} the rows, {@code low}..{@code high} is the colour range.
   */
  public static JFreeChart createChart(
      DefaultXYZDataset dataset,
      List<String> streets,
      List<String> departments,
      double low,
      double high,
      String title) {
    SymbolAxis streetAxis = new SymbolAxis(null, streets.toArray(String[]::new));
    streetAxis.setVerticalTickLabels(false);
    streetAxis.setGridBandsVisible(false);
    streetAxis.setRange(-0.5, streets.size() - 0.5);
    SymbolAxis departmentAxis = new SymbolAxis(null, departments.toArray(String[]::new));
    departmentAxis.setInverted(true);
    departmentAxis.setGridBandsVisible(false);
    departmentAxis.setRange(-0.5, departments.size() - 0.5);
    XYBlockRenderer renderer = new XYBlockRenderer();
    LookupPaintScale scale = paintScale(low, high);
    renderer.setPaintScale(scale);
    XYPlot plot = new XYPlot(dataset, streetAxis, departmentAxis, renderer);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    plot.setRangeAxisLocation(AxisLocation.TOP_OR_LEFT);
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

  /**
   * Applies {@code theme}, then label fonts fitted to the grid: department names to the label
   * column, street names to the column width, cell scores to the cells.
   */
  public static JFreeChart applyTheme(JFreeChart chart, GovindexChartTheme theme) {
    theme.apply(chart);
    XYPlot plot = chart.getXYPlot();
    String[] streets = ((SymbolAxis) plot.getDomainAxis()).getSymbols();
    String[] departments = ((SymbolAxis) plot.getRangeAxis()).getSymbols();
    float departmentSize = fit(longest(departments), LABEL_COLUMN - 10);
    float column = (DRAWN_WIDTH - LABEL_COLUMN - 10) / Math.max(streets.length, 1);
    float streetSize = fit(longest(streets), column - 4);
    plot.getDomainAxis().setTickLabelFont(theme.font().awtFont(streetSize));
    plot.getRangeAxis().setTickLabelFont(theme.font().awtFont(departmentSize));
    Font cellFont = theme.font().awtFont(Math.min(7.5f, Math.max(5.5f, (column - 4) / 2.4f)));
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

  /** Size (points) at which {@code characters} CJK characters fit {@code width} points. */
  static float fit(int characters, float width) {
    return Math.max(MIN_LABEL_SIZE, Math.min(MAX_LABEL_SIZE, width / Math.max(characters, 1)));
  }

  private static int longest(String[] labels) {
    int longest = 1;
    for (String label : labels) {
      if (label != null) {
        longest = Math.max(longest, label.codePointCount(0, label.length()));
      }
    }
    return longest;
  }

  /** Chart height in points for {@code departments} rows. */
  public static double heightFor(int departments) {
    return FIXED_HEIGHT + ROW_PITCH * Math.max(departments, 1);
  }

  /**
   * Splits {@code streets} into the fewest charts of at most {@value #MAX_STREETS} columns, as even
   * as possible (19 streets → 10 + 9).
   */
  public static <T> List<List<T>> split(List<T> streets) {
    int parts = Math.max(1, (streets.size() + MAX_STREETS - 1) / MAX_STREETS);
    List<List<T>> result = new java.util.ArrayList<>();
    int from = 0;
    for (int part = 0; part < parts; part++) {
      int remaining = parts - part;
      int size = (streets.size() - from + remaining - 1) / remaining;
      result.add(streets.subList(from, from + size));
      from += size;
    }
    return result;
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
