package org.govindex.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.govindex.reports.fonts.CjkFontLocator;
import org.govindex.reports.model.UnitLevel;
import org.govindex.reports.model.UnitScore;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class StreetScoreChartTest {

  private static UnitScore street(
      String code, String name, Double s, Double lo, Double hi, boolean small) {
    return new UnitScore(
        UnitLevel.STREET,
        code,
        name,
        "区",
        s,
        100,
        lo,
        hi,
        null,
        null,
        null,
        small ? List.of("insufficient_sample") : List.of());
  }

  @Test
  void datasetHasScoredUnitsBestFirstAndKeepsNamesakesApart() {
    ScoreBarDataset dataset =
        StreetScoreChart.createDataset(
            List.of(
                street("003", "新村街道", 70.0, null, null, false),
                street("001", "新村街道", 80.0, 75.0, 84.0, false),
                street("002", "无分街道", null, null, null, false),
                street("004", "小街道", 90.0, 80.0, 95.0, true)));
    assertThat(dataset.getColumnCount()).isEqualTo(3);
    assertThat(dataset.getColumnKeys().stream().map(k -> ((UnitKey) k).code()))
        .containsExactly("004", "001", "003");
    assertThat(dataset.getValue(0, 1)).isEqualTo(80.0);
    assertThat(dataset.bar(0).muted()).isTrue();
    assertThat(dataset.bar(1).low()).isEqualTo(75.0);
    assertThat(dataset.bar(2).low()).isNull();
  }

  @Test
  void whiskersAreDrawnOnlyWhereAnIntervalIsKnown() throws Exception {
    GovindexChartTheme theme = new GovindexChartTheme(CjkFontLocator.defaultFont());
    BufferedImage with = draw(theme, street("001", "东湖街道", 50.0, 30.0, 70.0, false), "with");
    BufferedImage without = draw(theme, street("001", "东湖街道", 50.0, null, null, false), "without");
    int differing = 0;
    for (int y = 0; y < with.getHeight(); y++) {
      for (int x = 0; x < with.getWidth(); x++) {
        differing += with.getRGB(x, y) != without.getRGB(x, y) ? 1 : 0;
      }
    }
    // the whisker (30..70 on a 0..100 axis) plus its caps change many pixels; the value label moves
    assertThat(differing).isGreaterThan(100);
  }

  private static BufferedImage draw(GovindexChartTheme theme, UnitScore street, String name)
      throws Exception {
    JFreeChart chart =
        StreetScoreChart.createChart(StreetScoreChart.createDataset(List.of(street)), "街道满意度得分");
    theme.apply(chart);
    ChartDrawing.writePng(
        chart, 480, 140, 2, Path.of("target/test-reports/chart-" + name + ".png"));
    return ChartDrawing.toImage(chart, 480, 140, 2);
  }
}
