package org.govindex.indicators.index.analysis;

import java.util.ArrayList;
import java.util.List;
import org.govindex.indicators.index.engine.IndexPlan;
import org.govindex.indicators.index.engine.IndexResult;
import org.govindex.indicators.index.engine.PreparedData;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.govindex.indicators.index.stats.Ranking;
import org.govindex.indicators.index.stats.Statistics;

/**
 * Statistical audit of a built index (JRC practice): correlations between siblings and with the
 * parent, with flags; Cronbach's alpha and first-principal-component share per aggregate; the rank
 * change of the index when each indicator is left out.
 */
public final class IndexAnalysis {

  /** Sibling correlation above which a pair is flagged collinear (COINr default 0.9). */
  public static final double HIGH = 0.9;

  /** Sibling correlation below which a pair is flagged negative (COINr default -0.4). */
  public static final double LOW = -0.4;

  /** Child-parent correlation below which a child is flagged weak. */
  public static final double WEAK = 0.2;

  private IndexAnalysis() {}

  public static AnalysisReport analyse(IndexPlan plan, IndexResult result) {
    Framework f = plan.framework();
    List<CorrelationEntry> correlations = new ArrayList<>();
    List<NodeStatistics> stats = new ArrayList<>();
    for (FrameworkNode agg : f.aggregates()) {
      List<FrameworkNode> kids = f.children(agg.code());
      double[] parent = result.scores(agg.code());
      double[][] columns = new double[kids.size()][];
      for (int a = 0; a < kids.size(); a++) {
        columns[a] = result.scores(kids.get(a).code());
        double r = Statistics.pearson(columns[a], parent);
        correlations.add(
            new CorrelationEntry(
                agg.code(), kids.get(a).code(), agg.code(), r, r < WEAK ? "weak" : ""));
      }
      for (int a = 0; a < kids.size(); a++) {
        for (int b = a + 1; b < kids.size(); b++) {
          double r = Statistics.pearson(columns[a], columns[b]);
          String flag = r > HIGH ? "collinear" : r < LOW ? "negative" : "";
          correlations.add(
              new CorrelationEntry(agg.code(), kids.get(a).code(), kids.get(b).code(), r, flag));
        }
      }
      double[][] rows = Statistics.completeCases(columns);
      stats.add(
          new NodeStatistics(
              agg.code(),
              kids.size(),
              rows.length,
              Statistics.cronbachAlpha(rows),
              Statistics.firstComponentShare(rows)));
    }
    return new AnalysisReport(correlations, stats, leaveOneOut(plan, result));
  }

  /** Rank change of the index when each indicator's weight is set to 0 (siblings renormalised). */
  public static List<LeaveOneOutEntry> leaveOneOut(IndexPlan plan, IndexResult result) {
    Framework f = plan.framework();
    PreparedData data = result.prepared();
    double[] weights = plan.nominalWeights();
    int[] nominal = result.ranks();
    List<LeaveOneOutEntry> out = new ArrayList<>();
    List<String> codes = result.nodes();
    String root = f.root().code();
    int rootIndex = codes.indexOf(root);
    for (FrameworkNode ind : f.indicators()) {
      int k = codes.indexOf(ind.code());
      if (f.children(ind.parent()).size() < 2) {
        continue;
      }
      double[] w = weights.clone();
      w[k] = 0;
      double[][] scores = plan.score(data, w);
      int[] ranks = Ranking.competitionRanks(scores[rootIndex], true);
      double sum = 0;
      int n = 0;
      int max = 0;
      for (int i = 0; i < ranks.length; i++) {
        if (ranks[i] > 0 && nominal[i] > 0) {
          int d = Math.abs(ranks[i] - nominal[i]);
          sum += d;
          max = Math.max(max, d);
          n++;
        }
      }
      out.add(new LeaveOneOutEntry(ind.code(), n == 0 ? Double.NaN : sum / n, max));
    }
    return out;
  }
}
