package org.govindex.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.govindex.reports.fonts.CjkFontLocator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class DepartmentHeatmapChartTest {

  @Test
  void departmentsAreRowsAndNoLabelIsRotated() {
    List<String> streets = List.of("滨埔", "白田", "华岭");
    List<String> departments = List.of("民政局", "人力资源和社会保障局");
    List<DepartmentHeatmapChart.Cell> cells = new ArrayList<>();
    for (int s = 0; s < streets.size(); s++) {
      for (int d = 0; d < departments.size(); d++) {
        cells.add(new DepartmentHeatmapChart.Cell(s, d, 60 + s + d));
      }
    }
    JFreeChart chart =
        DepartmentHeatmapChart.applyTheme(
            DepartmentHeatmapChart.createChart(
                DepartmentHeatmapChart.createDataset(cells), streets, departments, 50, 90, "t"),
            new GovindexChartTheme(CjkFontLocator.defaultFont()));
    XYPlot plot = chart.getXYPlot();
    SymbolAxis columns = (SymbolAxis) plot.getDomainAxis();
    SymbolAxis rows = (SymbolAxis) plot.getRangeAxis();
    assertThat(columns.getSymbols()).containsExactlyElementsOf(streets);
    assertThat(rows.getSymbols()).containsExactlyElementsOf(departments);
    assertThat(columns.isVerticalTickLabels()).isFalse();
    assertThat(rows.isVerticalTickLabels()).isFalse();
    // the longest department name (10 characters) keeps a legible size
    assertThat(rows.getTickLabelFont().getSize2D()).isGreaterThanOrEqualTo(8f);
    // cell (street 2, department 1): x = street, y = department
    assertThat(plot.getDataset().getXValue(0, 5)).isEqualTo(2);
    assertThat(plot.getDataset().getYValue(0, 5)).isEqualTo(1);
  }

  @Test
  void manyStreetsAreSplitEvenlyIntoChartsOfAtMostTenColumns() {
    List<Integer> nineteen = IntStream.range(0, 19).boxed().toList();
    List<List<Integer>> parts = DepartmentHeatmapChart.split(nineteen);
    assertThat(parts).extracting(List::size).containsExactly(10, 9);
    assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(nineteen);
    assertThat(DepartmentHeatmapChart.split(IntStream.range(0, 13).boxed().toList()))
        .extracting(List::size)
        .containsExactly(7, 6);
    assertThat(DepartmentHeatmapChart.split(List.of(1, 2)))
        .extracting(List::size)
        .containsExactly(2);
    assertThat(DepartmentHeatmapChart.split(List.of())).hasSize(1);
  }

  @Test
  void labelFontsShrinkToFitButStayReadable() {
    assertThat(DepartmentHeatmapChart.fit(4, 100)).isEqualTo(8.5f);
    assertThat(DepartmentHeatmapChart.fit(14, 100)).isBetween(5.5f, 8f);
    assertThat(DepartmentHeatmapChart.fit(40, 100)).isEqualTo(5.5f);
  }
}
