package org.govindex.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import org.govindex.reports.fonts.CjkFont;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one chart theme of govindex: every chart text in the CJK font, flat bars, white background,
 * light grid. House style for a chart: {@code createDataset} → {@code createChart} → {@code
 * theme.apply(chart)} → draw (see {@link ChartDrawing}).
 */
public final class GovindexChartTheme extends StandardChartTheme {

  private static final long serialVersionUID = 1L;

  /** Main series colour (dark blue). */
  public static final Color PRIMARY = new Color(0x2F, 0x55, 0x97);

  /** Colour of units shown for information only, e.g. below the minimum sample. */
  public static final Color MUTED = new Color(0xB4, 0xB4, 0xB4);

  /** Colour of interval whiskers. */
  public static final Color WHISKER = new Color(0x33, 0x33, 0x33);

  /** Colour of text. */
  public static final Color TEXT = new Color(0x22, 0x22, 0x22);

  private static final Paint[] SERIES_PAINTS = {
    PRIMARY,
    new Color(0xC5, 0x5A, 0x11),
    new Color(0x38, 0x8E, 0x3C),
    new Color(0x7B, 0x1F, 0xA2),
    new Color(0x00, 0x83, 0x8F),
    new Color(0xB7, 0x1C, 0x1C)
  };

  private final transient CjkFont font;

  /** The theme with all chart texts in {@code font}. */
  public GovindexChartTheme(CjkFont font) {
    super("govindex");
    this.font = font;
    setExtraLargeFont(font.awtFont(13f));
    setLargeFont(font.awtFont(10f));
    setRegularFont(font.awtFont(9f));
    setSmallFont(font.awtFont(8f));
    setTitlePaint(TEXT);
    setSubtitlePaint(TEXT);
    setAxisLabelPaint(TEXT);
    setTickLabelPaint(TEXT);
    setItemLabelPaint(Color.WHITE);
    setLegendItemPaint(TEXT);
    setChartBackgroundPaint(Color.WHITE);
    setLegendBackgroundPaint(Color.WHITE);
    setPlotBackgroundPaint(Color.WHITE);
    setPlotOutlinePaint(new Color(0xCC, 0xCC, 0xCC));
    setDomainGridlinePaint(new Color(0xE0, 0xE0, 0xE0));
    setRangeGridlinePaint(new Color(0xE0, 0xE0, 0xE0));
    setBaselinePaint(TEXT);
    setAxisOffset(RectangleInsets.ZERO_INSETS);
    setShadowVisible(false);
    setBarPainter(new StandardBarPainter());
    setXYBarPainter(new StandardXYBarPainter());
    setErrorIndicatorPaint(WHISKER);
    setDrawingSupplier(
        new DefaultDrawingSupplier(
            SERIES_PAINTS,
            SERIES_PAINTS,
            new Paint[] {TEXT},
            new Stroke[] {new BasicStroke(1.0f)},
            new Stroke[] {new BasicStroke(0.5f)},
            new Shape[] {new Rectangle2D.Double(-3, -3, 6, 6)}));
  }

  /** The CJK font of the theme. */
  public CjkFont font() {
    return font;
  }
}
