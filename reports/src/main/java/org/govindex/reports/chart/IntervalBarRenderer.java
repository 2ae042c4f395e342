package org.govindex.reports.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.govindex.reports.pdf.DisplayFormat;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Bar renderer for a {@link ScoreBarDataset}: muted bars in {@link GovindexChartTheme#MUTED}, and
 * for bars with an interval a whisker from low to high with end caps (intervals may be asymmetric,
 * as percentile bootstrap intervals are) and the score, rounded for display, beside each bar.
 */
public final class IntervalBarRenderer extends BarRenderer {

  private static final long serialVersionUID = 1L;

  /** Cap length as a share of the bar width. */
  private static final double CAP_SHARE = 0.5;

  /** Gap between a bar (or whisker) end and its value label, in Java2D units. */
  private static final double LABEL_GAP = 3;

  @Override
  public Paint getItemPaint(int row, int column) {
    if (getPlot() != null && getPlot().getDataset() instanceof ScoreBarDataset scores) {
      if (scores.bar(column).muted()) {
        return GovindexChartTheme.MUTED;
      }
    }
    return super.getItemPaint(row, column);
  }

  @Override
  public void drawItem(
      Graphics2D g2,
      CategoryItemRendererState state,
      Rectangle2D dataArea,
      CategoryPlot plot,
      CategoryAxis domainAxis,
      ValueAxis rangeAxis,
      CategoryDataset dataset,
      int row,
      int column,
      int pass) {
    super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    if (pass != 0 || !(dataset instanceof ScoreBarDataset scores)) {
      return;
    }
    ScoreBarDataset.Bar bar = scores.bar(column);
    RectangleEdge valueEdge = plot.getRangeAxisEdge();
    double middle =
        domainAxis.getCategoryMiddle(
            column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
    double outerValue = bar.high() == null ? bar.score() : Math.max(bar.score(), bar.high());
    double outer = rangeAxis.valueToJava2D(outerValue, dataArea, valueEdge);
    drawValueLabel(g2, plot.getOrientation(), DisplayFormat.score(bar.score()), outer, middle);
    if (bar.low() == null) {
      return;
    }
    double low = rangeAxis.valueToJava2D(bar.low(), dataArea, valueEdge);
    double high = rangeAxis.valueToJava2D(bar.high(), dataArea, valueEdge);
    double cap = state.getBarWidth() * CAP_SHARE / 2;
    g2.setPaint(GovindexChartTheme.WHISKER);
    g2.setStroke(new BasicStroke(1.0f));
    if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
      g2.draw(new Line2D.Double(low, middle, high, middle));
      g2.draw(new Line2D.Double(low, middle - cap, low, middle + cap));
      g2.draw(new Line2D.Double(high, middle - cap, high, middle + cap));
    } else {
      g2.draw(new Line2D.Double(middle, low, middle, high));
      g2.draw(new Line2D.Double(middle - cap, low, middle + cap, low));
      g2.draw(new Line2D.Double(middle - cap, high, middle + cap, high));
    }
  }

  /** The score beside the end of the bar or of its whisker, whichever is further out. */
  private void drawValueLabel(
      Graphics2D g2, PlotOrientation orientation, String label, double outer, double middle) {
    g2.setFont(getDefaultItemLabelFont());
    g2.setPaint(GovindexChartTheme.TEXT);
    if (orientation == PlotOrientation.HORIZONTAL) {
      TextUtils.drawAlignedString(
          label, g2, (float) (outer + LABEL_GAP), (float) middle, TextAnchor.CENTER_LEFT);
    } else {
      TextUtils.drawAlignedString(
          label, g2, (float) middle, (float) (outer - LABEL_GAP), TextAnchor.BOTTOM_CENTER);
    }
  }
}
