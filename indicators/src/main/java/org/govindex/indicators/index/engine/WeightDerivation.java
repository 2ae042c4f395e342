package org.govindex.indicators.index.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.govindex.indicators.index.recipe.WeightsSpec;
import org.govindex.indicators.index.stats.Statistics;
import org.govindex.indicators.index.weights.OptimisedWeights;
import org.govindex.indicators.index.weights.PcaWeights;

/**
 * Derives the node weights a recipe's {@code weights} section asks for: {@code meta} (as given),
 * {@code equal}, {@code pca} ({@link PcaWeights}, per group of siblings at the level, on their
 * scores with META's weights) or {@code optimised} ({@link OptimisedWeights}).
 */
final class WeightDerivation {

  /**
   * @param weights all node weights in META order, derived ones replaced
   * @param derived the derived weights by node code
   * @param detail a line for the log
   */
  record Derived(double[] weights, Map<String, Double> derived, String detail) {}

  private WeightDerivation() {}

  static Derived derive(IndexPlan plan, PreparedData data, WeightsSpec spec) {
    Framework f = plan.framework();
    List<FrameworkNode> nodes = f.nodes();
    double[] w = plan.nominalWeights();
    int top = f.root().level();
    String method = MethodSpec.canonical(spec.method());
    Map<String, Double> derived = new LinkedHashMap<>();
    String detail;
    switch (method) {
      case "meta", "as-given" -> detail = Messages.text("index.log.weights.meta");
      case "equal" -> {
        int level = spec.level() == null ? 0 : level(spec, top, 0);
        for (int k = 0; k < nodes.size(); k++) {
          FrameworkNode n = nodes.get(k);
          if (n.parent() != null && (level == 0 || n.level() == level)) {
            w[k] = 1;
            derived.put(n.code(), 1.0);
          }
        }
        detail =
            level == 0
                ? Messages.text("index.log.weights.equalEveryLevel")
                : Messages.text("index.log.weights.equalAtLevel", level);
      }
      case "pca" -> {
        int level = level(spec, top, 1);
        PcaWeights.Form form =
            PcaWeights.Form.parse(spec.form() == null ? "squared" : spec.form(), "weights pca");
        double[][] scores = plan.score(data, w);
        for (FrameworkNode parent : f.aggregates()) {
          List<FrameworkNode> kids = f.children(parent.code());
          if (parent.level() != level + 1 || kids.size() < 2) {
            continue;
          }
          double[][] columns = new double[kids.size()][];
          List<String> codes = new ArrayList<>();
          for (int c = 0; c < kids.size(); c++) {
            columns[c] = scores[nodes.indexOf(kids.get(c))];
            codes.add(kids.get(c).code());
          }
          double[] pw =
              PcaWeights.weights(
                  Statistics.completeCases(columns), form, codes, "weights pca " + parent.code());
          for (int c = 0; c < kids.size(); c++) {
            w[nodes.indexOf(kids.get(c))] = pw[c];
            derived.put(codes.get(c), pw[c]);
          }
        }
        detail = Messages.text("index.log.weights.pca", level, form);
      }
      case "optimised", "optimized" -> {
        int level = level(spec, top, top - 1);
        int[] members = levelNodes(nodes, level);
        double[] importance = importance(spec, nodes, members, level);
        int root = nodes.indexOf(f.root());
        double[] base = w.clone();
        OptimisedWeights.Result r =
            OptimisedWeights.balance(
                importance,
                lw -> {
                  double[] ww = base.clone();
                  for (int i = 0; i < members.length; i++) {
                    ww[members[i]] = lw[i];
                  }
                  double[][] scores = plan.score(data, ww);
                  double[] corr = new double[members.length];
                  for (int i = 0; i < members.length; i++) {
                    corr[i] = Statistics.pearson(scores[members[i]], scores[root]);
                  }
                  return corr;
                });
        List<String> balanced = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
          w[members[i]] = r.weights()[i];
          String code = nodes.get(members[i]).code();
          derived.put(code, r.weights()[i]);
          balanced.add(
              Messages.text(
                  "index.log.weights.optimisedNode", code, r.target()[i], r.obtained()[i]));
        }
        detail =
            Messages.text(
                "index.log.weights.optimised",
                level,
                String.join(" ", balanced),
                r.objective(),
                r.evaluations());
      }
      default ->
          throw new IndexSpecException(
              Messages.text("index.engine.weightsUnknownMethod", spec.method()));
    }
    return new Derived(w, derived, detail);
  }

  private static int level(WeightsSpec spec, int top, int fallback) {
    int level = spec.level() == null ? fallback : spec.level();
    if (level < 1 || level >= top) {
      throw new IndexSpecException(
          Messages.text("index.engine.weightsLevelBetween", spec.method(), (top - 1), top, level));
    }
    return level;
  }

  private static int[] levelNodes(List<FrameworkNode> nodes, int level) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < nodes.size(); k++) {
      if (nodes.get(k).level() == level) {
        out.add(k);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static double[] importance(
      WeightsSpec spec, List<FrameworkNode> nodes, int[] members, int level) {
    double[] t = new double[members.length];
    if (!spec.importance().isEmpty()) {
      for (String code : spec.importance().keySet()) {
        boolean known = false;
        for (int m : members) {
          known |= nodes.get(m).code().equals(code);
        }
        if (!known) {
          throw new IndexSpecException(
              Messages.text("index.engine.weightsOptimisedImportance", code, level));
        }
      }
      for (int i = 0; i < members.length; i++) {
        Double v = spec.importance().get(nodes.get(members[i]).code());
        if (v == null) {
          throw new IndexSpecException(
              Messages.text(
                  "index.engine.weightsOptimisedNo", nodes.get(members[i]).code(), level));
        }
        t[i] = v;
      }
    } else if (!spec.importanceInOrder().isEmpty()) {
      if (spec.importanceInOrder().size() != members.length) {
        throw new IndexSpecException(
            Messages.text(
                "index.engine.weightsOptimisedImportances",
                spec.importanceInOrder().size(),
                members.length,
                level));
      }
      for (int i = 0; i < members.length; i++) {
        t[i] = spec.importanceInOrder().get(i);
      }
    } else {
      java.util.Arrays.fill(t, 1);
    }
    return t;
  }
}
