package org.govindex.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.govindex.reports.fonts.CjkFontLocator;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class RankIntervalChartTest {

  @Test
  void rowsKeepTheGivenOrderAndAMissingEndGivesNoWhisker() {
    XYIntervalSeriesCollection dataset =
        RankIntervalChart.createDataset(
            List.of(
                new RankIntervalChart.UnitRank("新村街道", 1, 1.0, 3.0),
                new RankIntervalChart.UnitRank("新村街道", 2.5, null, 4.0),
                new RankIntervalChart.UnitRank("小街道", 3, null, null)));
    assertThat(dataset.getItemCount(0)).isEqualTo(3);
    // row i is unit i, namesakes included
    assertThat(dataset.getYValue(0, 1)).isEqualTo(1.0);
    assertThat(dataset.getXValue(0, 1)).isEqualTo(2.5);
    assertThat(dataset.getStartXValue(0, 0)).isEqualTo(1.0);
    assertThat(dataset.getEndXValue(0, 0)).isEqualTo(3.0);
    // a missing end collapses to the median rank
    assertThat(dataset.getStartXValue(0, 1)).isEqualTo(2.5);
    assertThat(dataset.getEndXValue(0, 1)).isEqualTo(4.0);
    assertThat(dataset.getStartXValue(0, 2)).isEqualTo(3.0);
    assertThat(dataset.getEndXValue(0, 2)).isEqualTo(3.0);
  }

  @Test
  void whiskersAreDrawnOnlyWhereAnIntervalIsKnown() {
    BufferedImage with = draw(new RankIntervalChart.UnitRank("东湖街道", 5, 2.0, 9.0));
    BufferedImage without = draw(new RankIntervalChart.UnitRank("东湖街道", 5, null, null));
    int differing = 0;
    for (int y = 0; y < with.getHeight(); y++) {
      for (int x = 0; x < with.getWidth(); x++) {
        differing += with.getRGB(x, y) != without.getRGB(x, y) ? 1 : 0;
      }
    }
    // the whisker (2..9 on a 1..10 axis) and its caps change many pixels
    assertThat(differing).isGreaterThan(100);
  }

  private static BufferedImage draw(RankIntervalChart.UnitRank unit) {
    JFreeChart chart =
        RankIntervalChart.applyTheme(
            RankIntervalChart.createChart(
                RankIntervalChart.createDataset(List.of(unit)), List.of(unit), "排名区间", 10),
            new GovindexChartTheme(CjkFontLocator.defaultFont()));
    return ChartDrawing.toImage(chart, 480, 140, 2);
  }
}
