package org.govindex.reports.chart;

import java.util.Comparator;
import java.util.List;
import org.govindex.reports.model.UnitScore;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Horizontal bar chart of subjective scores S (0-100) of units, best first, with 95% interval
 * whiskers where known and units below the minimum sample in grey. Units without a score are left
 * out (the caller lists them).
 */
public final class StreetScoreChart {

  /** Height of the chart without bars: title, subtitle, value axis, padding (points). */
  private static final double FIXED_HEIGHT = 78;

  /** Height per bar (points). */
  private static final double BAR_PITCH = 17;

  private StreetScoreChart() {}

  /** One bar per unit with a score, ordered by descending score, then code. */
  public static ScoreBarDataset createDataset(List<UnitScore> units) {
    List<ScoreBarDataset.Bar> bars =
        units.stream()
            .filter(unit -> unit.subjectiveScore() != null)
            .sorted(
                Comparator.comparing(UnitScore::subjectiveScore)
                    .reversed()
                    .thenComparing(UnitScore::code))
            .map(
                unit ->
                    new ScoreBarDataset.Bar(
                        new UnitKey(unit.code(), unit.name()),
                        unit.subjectiveScore(),
                        unit.ciLow(),
                        unit.ciHigh(),
                        unit.insufficientSample()))
            .toList();
    return new ScoreBarDataset(bars);
  }

  /** The chart (apply the theme before drawing). */
  public static JFreeChart createChart(ScoreBarDataset dataset, String title) {
    CategoryAxis unitAxis = new CategoryAxis(null);
    unitAxis.setCategoryMargin(0.25);
    unitAxis.setLowerMargin(0.02);
    unitAxis.setUpperMargin(0.02);
    unitAxis.setMaximumCategoryLabelWidthRatio(0.4f);
    NumberAxis scoreAxis = new NumberAxis("满意度得分（0-100）");
    scoreAxis.setRange(0, 100);
    scoreAxis.setTickUnit(new NumberTickUnit(10));
    IntervalBarRenderer renderer = new IntervalBarRenderer();
    renderer.setMaximumBarWidth(0.1);
    CategoryPlot plot = new CategoryPlot(dataset, unitAxis, scoreAxis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeGridlinesVisible(true);
    plot.setDomainGridlinesVisible(false);
    plot.setInsets(new RectangleInsets(4, 4, 4, 26));
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    TextTitle legend = new TextTitle("误差线为95%置信区间；灰色条为样本不足的单位（不参与排名）");
    legend.setHorizontalAlignment(HorizontalAlignment.CENTER);
    chart.addSubtitle(legend);
    return chart;
  }

  /** Chart height in points for {@code bars} bars. */
  public static double heightFor(int bars) {
    return FIXED_HEIGHT + BAR_PITCH * Math.max(bars, 1);
  }
}
