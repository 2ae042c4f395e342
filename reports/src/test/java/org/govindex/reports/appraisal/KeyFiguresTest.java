package org.govindex.reports.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.govindex.reports.model.AppraisalReportData;
import org.govindex.reports.model.InputFileSummary;
import org.govindex.reports.model.UnitLevel;
import org.govindex.reports.model.UnitScore;
import org.junit.jupiter.api.Test;

class KeyFiguresTest {

  private static UnitScore community(
      String code, Double score, int n, Integer rank, boolean small) {
    return new UnitScore(
        UnitLevel.COMMUNITY,
        code,
        code + "社区",
        "街道",
        score,
        n,
        null,
        null,
        null,
        rank,
        small ? "样本不足" : "合格",
        small ? List.of("insufficient_sample") : List.of());
  }

  @Test
  void handWorkedExampleWithEvenCountMedian() {
    // scores 90, 70, 100, 80 and one without a score: sorted 70 80 90 100, median (80+90)/2 = 85
    AppraisalReportData data =
        new AppraisalReportData(
            "2026",
            "2026-01-15",
            List.of(
                community("a", 90.0, 40, 1, false),
                community("b", 70.0, 35, 3, false),
                community("c", 100.0, 12, null, true),
                community("d", 80.0, 50, 2, false),
                community("e", null, 0, null, true)),
            List.of(),
            List.of(
                new InputFileSummary("x.csv", 100, 90, 10),
                new InputFileSummary("y.csv", 20, 19, 0)));
    KeyFigures figures = KeyFigures.of(data);
    assertThat(figures.communities()).isEqualTo(5);
    assertThat(figures.rankedCommunities()).isEqualTo(3);
    assertThat(figures.insufficientCommunities()).isEqualTo(2);
    assertThat(figures.validResponses()).isEqualTo(40 + 35 + 12 + 50);
    assertThat(figures.scoredCommunities()).isEqualTo(4);
    assertThat(figures.medianScore()).isCloseTo(85.0, within(1e-12));
    assertThat(figures.minScore()).isEqualTo(70.0);
    assertThat(figures.maxScore()).isEqualTo(100.0);
    assertThat(figures.rowsRead()).isEqualTo(120);
    assertThat(figures.rowsAccepted()).isEqualTo(109);
    assertThat(figures.rowsRejected()).isEqualTo(10);
    assertThat(figures.unbalancedFiles()).isEqualTo(1);
  }

  @Test
  void oddCountMedianAndNoScores() {
    AppraisalReportData odd =
        new AppraisalReportData(
            "2026",
            "2026-01-15",
            List.of(
                community("a", 61.0, 40, 1, false),
                community("b", 99.0, 40, 2, false),
                community("c", 73.5, 40, 3, false)),
            List.of(),
            List.of());
    assertThat(KeyFigures.of(odd).medianScore()).isEqualTo(73.5);
    AppraisalReportData none =
        new AppraisalReportData("2026", "2026-01-15", List.of(), List.of(), List.of());
    assertThat(KeyFigures.of(none).medianScore()).isNull();
  }

  @Test
  void rankingTableOrderRankedFirstThenUnrankedByScore() {
    List<UnitScore> sorted =
        AppraisalReportRenderer.sortedForRanking(
            List.of(
                community("u1", 50.0, 5, null, true),
                community("r2", 80.0, 40, 2, false),
                community("u2", null, 0, null, true),
                community("r1", 90.0, 40, 1, false),
                community("u3", 95.0, 5, null, true)));
    assertThat(sorted.stream().map(UnitScore::code)).containsExactly("r1", "r2", "u3", "u1", "u2");
  }

  @Test
  void flagLabelsAreChineseAndSkipTheRankingNote() {
    assertThat(
            FlagLabels.labels(List.of("insufficient_sample", "ranked_by_subjective", "no_survey")))
        .isEqualTo("样本不足、无有效问卷");
    assertThat(FlagLabels.labels(List.of("some_new_flag"))).isEqualTo("some_new_flag");
  }
}
