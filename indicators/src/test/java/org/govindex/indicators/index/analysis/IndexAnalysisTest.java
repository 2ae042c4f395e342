package org.govindex.indicators.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.govindex.indicators.index.AsemFixtures;
import org.govindex.indicators.index.engine.IndexPlan;
import org.govindex.indicators.index.engine.IndexResult;
import org.govindex.indicators.index.stats.Ranking;
import org.govindex.indicators.index.stats.Statistics;
import org.junit.jupiter.api.Test;

class IndexAnalysisTest {

  @Test
  void asemAuditMatchesDirectComputations() throws Exception {
    IndexPlan plan =
        IndexPlan.compile(
            AsemFixtures.framework(), AsemFixtures.data(), AsemFixtures.recipe("pipeline-a.yaml"));
    IndexResult result = plan.run();
    AnalysisReport report = IndexAnalysis.analyse(plan, result);
    CorrelationEntry lpi =
        report.correlations().stream()
            .filter(c -> c.first().equals("LPI") && c.second().equals("Physical"))
            .findFirst()
            .orElseThrow();
    assertThat(lpi.r())
        .isCloseTo(
            Statistics.pearson(result.scores("LPI"), result.scores("Physical")), within(1e-12));
    assertThat(report.correlations())
        .allSatisfy(
            c -> {
              if (!c.second().equals(c.node()) && c.r() > IndexAnalysis.HIGH) {
                assertThat(c.flag()).isEqualTo("collinear");
              }
              if (!c.second().equals(c.node()) && c.r() < IndexAnalysis.LOW) {
                assertThat(c.flag()).isEqualTo("negative");
              }
            });
    assertThat(report.nodeStatistics()).hasSize(11);
    // leave-one-out for LPI, recomputed without it: Physical from the remaining children
    LeaveOneOutEntry entry =
        report.leaveOneOut().stream()
            .filter(l -> l.indicator().equals("LPI"))
            .findFirst()
            .orElseThrow();
    double[] w = plan.nominalWeights();
    w[result.nodes().indexOf("LPI")] = 0;
    int[] without =
        Ranking.competitionRanks(
            plan.score(result.prepared(), w)[result.nodes().indexOf("Index")], true);
    int[] nominal = result.ranks();
    double sum = 0;
    for (int i = 0; i < nominal.length; i++) {
      sum += Math.abs(without[i] - nominal[i]);
    }
    assertThat(entry.meanAbsRankShift()).isCloseTo(sum / nominal.length, within(1e-12));
    assertThat(report.leaveOneOut()).hasSize(49);
  }
}
