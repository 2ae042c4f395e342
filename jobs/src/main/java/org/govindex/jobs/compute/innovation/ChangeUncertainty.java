package org.govindex.jobs.compute.innovation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.engine.IndexPlan;
import org.govindex.indicators.index.engine.PreparedData;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.govindex.indicators.index.recipe.Recipe;
import org.govindex.indicators.index.recipe.UncertaintySpec;

/**
 * The trend index (the framework restricted to the indicators with data in every scored year) per
 * year, and the Monte Carlo uncertainty of its year-on-year change.
 *
 * <p>Replication r draws one point u of [0,1)^d from a {@link SplittableRandom} seeded with the
 * recipe's uncertainty seed, as the engine's {@code UncertaintyAnalysis} does: each perturbed node
 * weight is multiplied by {@code 1 + spread (2u − 1)}, and aggregation alternative k of K is chosen
 * when {@code k/K ≤ u < (k+1)/K}. The SAME draw scores both years of a pair (paired design), with
 * the engine's {@link IndexPlan#score}; then
 *
 * <pre>
 *   Δ_r(unit) = T_r(unit, y) − T_r(unit, y − 1)
 * </pre>
 *
 * for communities, and for streets and districts on the population-weighted roll-up of each
 * replication. The change is <b>significant</b> when the 90% Monte Carlo interval [p05, p95] of Δ
 * (R type 7) excludes 0, i.e. its sign does not depend on the weighting and aggregation choices.
 * Normalisation stays on the fixed goalposts: the data-relative alternatives (rank, min-max) would
 * re-scale each year on its own and make year-to-year differences meaningless.
 */
final class ChangeUncertainty {

  /** Nominal trend scores and change intervals of one unit and year. */
  record Change(double low, double high) {
    boolean significant() {
      return low > 0 || high < 0;
    }
  }

  private final Framework framework;
  private final Map<Integer, IndexPlan[]> plans = new TreeMap<>();
  private final Map<Integer, PreparedData> prepared = new TreeMap<>();
  private final int rootIndex;
  private final double[] nominalWeights;
  private final int[] perturbed;
  private final UncertaintySpec spec;
  private final int alternatives;

  ChangeUncertainty(Framework framework, Recipe recipe, Map<Integer, UnitTable> tables) {
    this.framework = framework;
    this.spec = recipe.uncertainty();
    List<MethodSpec> aggs = spec == null ? List.of() : spec.aggregate();
    this.alternatives = Math.max(1, aggs.size());
    try {
      for (Map.Entry<Integer, UnitTable> e : tables.entrySet()) {
        IndexPlan[] p = new IndexPlan[alternatives];
        for (int k = 0; k < alternatives; k++) {
          Recipe r =
              aggs.isEmpty()
                  ? recipe
                  : recipe.withAggregate(recipe.aggregate().withDefault(aggs.get(k)));
          p[k] = IndexPlan.compile(framework, e.getValue(), r);
        }
        plans.put(e.getKey(), p);
        prepared.put(e.getKey(), p[0].prepare());
      }
    } catch (IndexSpecException e) {
      throw new InnovationInputException("innovation trend index: " + e.getMessage());
    }
    List<FrameworkNode> nodes = framework.nodes();
    this.rootIndex = nodes.indexOf(framework.root());
    this.nominalWeights = nodes.stream().mapToDouble(FrameworkNode::weight).toArray();
    List<Integer> p = new ArrayList<>();
    if (spec != null && spec.weightSpread() > 0) {
      for (int k = 0; k < nodes.size(); k++) {
        FrameworkNode n = nodes.get(k);
        if (n.parent() != null
            && (spec.weightLevels().isEmpty() || spec.weightLevels().contains(n.level()))) {
          p.add(k);
        }
      }
    }
    this.perturbed = p.stream().mapToInt(Integer::intValue).toArray();
  }

  Framework framework() {
    return framework;
  }

  /** Nominal trend index of every scored community in a year (recipe as declared). */
  Map<String, Double> nominal(int year) {
    return scores(year, 0, nominalWeights);
  }

  private Map<String, Double> scores(int year, int alternative, double[] weights) {
    PreparedData data = prepared.get(year);
    double[] root = plans.get(year)[alternative].score(data, weights)[rootIndex];
    Map<String, Double> out = new HashMap<>();
    List<String> units = data.units();
    for (int i = 0; i < root.length; i++) {
      if (!Double.isNaN(root[i])) {
        out.put(units.get(i), root[i]);
      }
    }
    return out;
  }

  /** Whether a design varies anything (else every change interval is the point change). */
  boolean varies() {
    return spec != null && spec.replications() > 0 && (perturbed.length > 0 || alternatives > 1);
  }

  /**
   * 90% intervals of the change from {@code year - 1}-th scored year to {@code year}, keyed by
   * "level|unit" with level community, street or district.
   */
  Map<String, Change> changes(int previous, int year, UnitDirectory directory) {
    int reps = varies() ? spec.replications() : 1;
    SplittableRandom random = new SplittableRandom(spec == null ? 0L : spec.seed());
    Map<String, double[]> draws = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    double[] u = new double[perturbed.length + (alternatives > 1 ? 1 : 0)];
    for (int r = 0; r < reps; r++) {
      double[] w = nominalWeights.clone();
      int alt = 0;
      if (varies()) {
        for (int k = 0; k < u.length; k++) {
          u[k] = random.nextDouble();
        }
        for (int k = 0; k < perturbed.length; k++) {
          w[perturbed[k]] *= 1 + spec.weightSpread() * (2 * u[k] - 1);
        }
        if (alternatives > 1) {
          alt = Math.min(alternatives - 1, (int) Math.floor(u[perturbed.length] * alternatives));
        }
      }
      Map<String, Double> before = scores(previous, alt, w);
      Map<String, Double> after = scores(year, alt, w);
      record(draws, counts, reps, "community", before, after);
      for (RollUp.Level level : RollUp.Level.values()) {
        record(
            draws,
            counts,
            reps,
            level.code,
            RollUp.means(before, directory, level),
            RollUp.means(after, directory, level));
      }
    }
    Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
    Map<String, Change> out = new HashMap<>();
    draws.forEach(
        (key, values) -> {
          int n = counts.get(key);
          double[] v = java.util.Arrays.copyOf(values, n);
          out.put(key, new Change(percentile.evaluate(v, 5), percentile.evaluate(v, 95)));
        });
    return out;
  }

  private static void record(
      Map<String, double[]> draws,
      Map<String, Integer> counts,
      int reps,
      String level,
      Map<String, Double> before,
      Map<String, Double> after) {
    after.forEach(
        (unit, a) -> {
          Double b = before.get(unit);
          if (b != null) {
            String key = level + "|" + unit;
            int n = counts.getOrDefault(key, 0);
            draws.computeIfAbsent(key, k -> new double[reps])[n] = a - b;
            counts.put(key, n + 1);
          }
        });
  }
}
