package org.govindex.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.govindex.reports.fonts.CjkFontLocator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.renderer.category.BarRenderer;
import org.junit.jupiter.api.Test;

class ContributionChartTest {

  @Test
  void partLabelsSitInsideTheirSegmentInAContrastingColour() {
    JFreeChart chart =
        ContributionChart.applyTheme(
            ContributionChart.createPartsChart(
                ContributionChart.createPartsDataset(
                    List.of(
                        new ContributionChart.Part("群众主观评价 S", 39.7, 37.0),
                        new ContributionChart.Part("客观指标 O", 35.9, 37.4)),
                    "本街道",
                    "同级平均"),
                null),
            new GovindexChartTheme(CjkFontLocator.defaultFont()));
    BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
    assertThat(renderer.getPositiveItemLabelPosition(0, 0).getItemLabelAnchor())
        .isEqualTo(ItemLabelAnchor.CENTER);
    assertThat(renderer.getPositiveItemLabelPositionFallback()).isNotNull();
    for (int series = 0; series < 2; series++) {
      assertThat(renderer.getItemLabelPaint(series, 0))
          .isEqualTo(ContributionChart.labelOn(renderer.lookupSeriesPaint(series)));
    }
  }

  @Test
  void labelColourIsWhiteOnDarkAndDarkOnLight() {
    assertThat(ContributionChart.labelOn(GovindexChartTheme.PRIMARY)).isEqualTo(Color.WHITE);
    assertThat(ContributionChart.labelOn(new Color(0xFF, 0xF1, 0x9C)))
        .isEqualTo(GovindexChartTheme.TEXT);
    assertThat(ContributionChart.labelOn(new Color(0xB4, 0xB4, 0xB4)))
        .isEqualTo(GovindexChartTheme.TEXT);
  }
}
