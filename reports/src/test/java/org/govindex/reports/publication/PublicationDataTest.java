package org.govindex.reports.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.tables.AppraisalRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The look-ups and summaries the sections share, checked on hand-worked examples. */
class PublicationDataTest {

  @TempDir Path dir;

  private PublicationData data(String appraisalRows) throws Exception {
    Path tables = Files.createDirectories(dir.resolve("tables"));
    Files.writeString(
        tables.resolve("appraisal.csv"),
        "period,level,unit_code,unit_name,total_score,subjective_weight,n_valid,rank,grade,flags\n"
            + appraisalRows);
    PublicationInputs inputs =
        new PublicationInputs("2026", "2026-12-31", "test", tables, null, List.of(), null);
    return PublicationData.read(inputs);
  }

  @Test
  void rankingOrderIsRankedFirstThenUnrankedByDescendingTotalThenCode() throws Exception {
    PublicationData data =
        data(
            "2026,community,u1,未排一,50.0,0.7,5,,样本不足,insufficient_sample\n"
                + "2026,community,r2,第二,80.0,0.7,40,2,良好,\n"
                + "2026,community,u2,未排二,,0.7,0,,样本不足,insufficient_sample;no_survey\n"
                + "2026,community,r1,第一,90.0,0.7,40,1,优秀,\n"
                + "2026,community,u4,未排四,95.0,0.7,5,,样本不足,insufficient_sample\n"
                + "2026,community,u3,未排三,95.0,0.7,5,,样本不足,insufficient_sample\n"
                + "2026,street,s1,街道一,70.0,0.5,300,1,合格,\n");
    // ranked by rank (r1, r2), then unranked by total 95 (u3 before u4 by code), 50, none
    assertThat(data.ranked(UnitLevel.COMMUNITY).stream().map(AppraisalRow::unitCode))
        .containsExactly("r1", "r2", "u3", "u4", "u1", "u2");
    assertThat(data.rankedCount(UnitLevel.COMMUNITY)).isEqualTo(2);
    assertThat(data.ranked(UnitLevel.STREET)).hasSize(1);
    assertThat(data.ranked(UnitLevel.COMMUNITY).get(2).insufficientSample()).isTrue();
  }

  @Test
  void medianOfEvenAndOddCounts() {
    // 90, 70, 100, 80 sorted: 70 80 90 100, median (80 + 90) / 2 = 85
    assertThat(SummarySection.median(List.of(90.0, 70.0, 100.0, 80.0)))
        .isCloseTo(85.0, within(1e-12));
    // 61, 99, 73.5 sorted: 61 73.5 99, median 73.5
    assertThat(SummarySection.median(List.of(61.0, 99.0, 73.5))).isEqualTo(73.5);
    // (70 + 80 + 90 + 100) / 4 = 85
    assertThat(SummarySection.mean(List.of(90.0, 70.0, 100.0, 80.0)))
        .isCloseTo(85.0, within(1e-12));
    assertThat(SummarySection.median(List.of())).isNaN();
  }

  @Test
  void flagsAreExplainedByTheContractWithDetailsMergedAndUnknownCodesKept() {
    Map<String, String> names = Map.of("volunteer_rate", "注册志愿者占常住人口比例", "hotline", "12345");
    List<String> labels =
        FlagText.labels(
            List.of(
                "insufficient_sample",
                "missing_indicator:volunteer_rate",
                "some_new_flag",
                "missing_indicator:hotline"),
            code -> names.getOrDefault(code, code));
    assertThat(labels)
        .containsExactly(
            "样本不足：有效问卷少于最低样本量，照常计分但不参与排名", "缺少指标（注册志愿者占常住人口比例、12345）", "some_new_flag");
    assertThat(
            FlagText.compactLabels(
                List.of("insufficient_sample", "missing_indicator:a", "missing_indicator:b", "x")))
        .isEqualTo("样本不足；缺少指标 2 项；x");
    assertThat(FlagText.compactLabels(List.of("missing_indicator:volunteer_rate")))
        .isEqualTo("缺少指标");
    assertThat(FlagText.label("weak")).isEqualTo("相关偏弱");
    assertThat(FlagText.label("collinear")).isEqualTo("相关过高（可能重复）");
    assertThat(FlagText.label("group_dropped:街道")).isEqualTo("评议组不计");
    assertThat(FlagText.label("unheard_of")).isEqualTo("unheard_of");
  }
}
