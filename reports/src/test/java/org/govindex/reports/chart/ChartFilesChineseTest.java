package org.govindex.reports.chart;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govindex.contract.testing.ChineseLocale;
import org.govindex.reports.ReportRenderingException;
import org.govindex.reports.fonts.CjkFontLocator;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A chart that cannot be written is refused in Chinese under a Chinese locale. */
@ExtendWith(ChineseLocale.class)
class ChartFilesChineseTest {

  @TempDir Path dir;

  private static JFreeChart chart() {
    List<RankIntervalChart.UnitRank> units =
        List.of(new RankIntervalChart.UnitRank("东湖街道", 1, 1.0, 2.0));
    return RankIntervalChart.applyTheme(
        RankIntervalChart.createChart(
            RankIntervalChart.createDataset(units), units, "街道创新指数排名区间", units.size()),
        new GovindexChartTheme(CjkFontLocator.defaultFont()));
  }

  @Test
  void aChartFolderThatIsAFileIsRefusedInChinese() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("charts"), "a file, not a folder");
    assertThatThrownBy(() -> ChartFiles.write(chart(), notAFolder, "street_scores", 480, 260))
        .isInstanceOf(ReportRenderingException.class)
        .hasMessageStartingWith("无法写出报告 " + notAFolder.resolve("street_scores.png") + "：");
  }
}
