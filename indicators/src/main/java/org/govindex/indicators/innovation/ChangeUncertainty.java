package org.govindex.indicators.innovation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.govindex.contract.Messages;
import org.govindex.contract.UnitLevel;
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
 * when {@code k/K ≤ u < (k+1)/K}. The SAME draw scores every year (paired design), with the
 * engine's {@link IndexPlan#score}; then
 *
 * <pre>
 *   Δ_r(unit) = T_r(unit, y) − T_r(unit, y − 1)
 * </pre>
 *
 * for communities, and for streets and districts on the population-weighted roll-up of each
 * replication ({@link RollUp}). The change is <b>significant</b> when the 90% Monte Carlo interval
 * [p05, p95] of Δ (R type 7) excludes 0, i.e. its sign does not depend on the weighting and
 * aggregation choices. Normalisation stays on the fixed goalposts: the data-relative alternatives
 * (rank, min-max) would re-scale each year on its own and make year-to-year differences
 * meaningless.
 *
 * <p>Replication r of every year pair uses draw r of the same stream, so each year is scored once
 * per replication and the replications run in parallel; the draws are taken in order beforehand,
 * and every Δ_r is stored at position r, so the result does not depend on the scheduling.
 */
final class ChangeUncertainty {

  /** The 90% Monte Carlo interval of the change of one unit. */
  record Interval(double low, double high) {
    boolean significant() {
      return low > 0 || high < 0;
    }
  }

  private static final UnitLevel[] LEVELS = {
    UnitLevel.COMMUNITY, UnitLevel.STREET, UnitLevel.DISTRICT
  };

  private final Hierarchy units;
  private final IndexPlan[][] plans;
  private final PreparedData[] prepared;

  /** [year][alternative]: the normalised data, the same in every replication (computed once). */
  private final double[][][][] normalised;

  private final int[][] communityOf;
  private final int rootIndex;
  private final double[] nominalWeights;
  private final int[] perturbed;
  private final UncertaintySpec spec;
  private final int alternatives;

  /**
   * @param framework the trend framework
   * @param recipe the recipe of the index (its uncertainty design)
   * @param tables the data of each scored year, in year order
   * @param units the registry
   */
  ChangeUncertainty(Framework framework, Recipe recipe, List<UnitTable> tables, Hierarchy units) {
    this.units = units;
    this.spec = recipe.uncertainty();
    List<MethodSpec> aggs = spec == null ? List.of() : spec.aggregate();
    this.alternatives = Math.max(1, aggs.size());
    int years = tables.size();
    this.plans = new IndexPlan[years][alternatives];
    this.prepared = new PreparedData[years];
    this.normalised = new double[years][alternatives][][];
    this.communityOf = new int[years][];
    try {
      for (int y = 0; y < years; y++) {
        for (int k = 0; k < alternatives; k++) {
          Recipe r =
              aggs.isEmpty()
                  ? recipe
                  : recipe.withAggregate(recipe.aggregate().withDefault(aggs.get(k)));
          plans[y][k] = IndexPlan.compile(framework, tables.get(y), r);
        }
        prepared[y] = plans[y][0].prepare();
        for (int k = 0; k < alternatives; k++) {
          normalised[y][k] = plans[y][k].normalise(prepared[y]);
        }
        communityOf[y] = prepared[y].units().stream().mapToInt(units::community).toArray();
      }
    } catch (IndexSpecException e) {
      throw new InnovationInputException(Messages.text("innovation.trendIndex", e.getMessage()));
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

  /**
   * Nominal trend index of year {@code y} (position in the scored years), recipe as declared: one
   * value per registered community, NaN when not scored.
   */
  double[] nominal(int y) {
    return communityScores(y, 0, nominalWeights);
  }

  /** Root scores of year y as one value per registered community (NaN = no score). */
  private double[] communityScores(int y, int alternative, double[] weights) {
    double[] root =
        plans[y][alternative].score(prepared[y], weights, normalised[y][alternative])[rootIndex];
    double[] out = new double[units.communities().size()];
    Arrays.fill(out, Double.NaN);
    int[] to = communityOf[y];
    for (int i = 0; i < root.length; i++) {
      if (to[i] >= 0) {
        out[to[i]] = root[i];
      }
    }
    return out;
  }

  /** Whether a design varies anything (else every change interval is the point change). */
  boolean varies() {
    return spec != null && spec.replications() > 0 && (perturbed.length > 0 || alternatives > 1);
  }

  /**
   * The 90% intervals of the change from each scored year to the next.
   *
   * @return for the change into year y = 1, 2, ... (element y − 1): per level (community, street,
   *     district) one interval per registered unit in code order, {@code null} when the unit has no
   *     value in one of the two years; empty for a single scored year
   */
  List<Map<UnitLevel, Interval[]>> changes() {
    if (prepared.length < 2) {
      return List.of();
    }
    int reps = varies() ? spec.replications() : 1;
    double[][] weights = new double[reps][];
    int[] alternative = new int[reps];
    SplittableRandom random = new SplittableRandom(spec == null ? 0L : spec.seed());
    double[] u = new double[perturbed.length + (alternatives > 1 ? 1 : 0)];
    for (int r = 0; r < reps; r++) {
      double[] w = nominalWeights.clone();
      if (varies()) {
        for (int k = 0; k < u.length; k++) {
          u[k] = random.nextDouble();
        }
        for (int k = 0; k < perturbed.length; k++) {
          w[perturbed[k]] *= 1 + spec.weightSpread() * (2 * u[k] - 1);
        }
        if (alternatives > 1) {
          alternative[r] =
              Math.min(alternatives - 1, (int) Math.floor(u[perturbed.length] * alternatives));
        }
      }
      weights[r] = w;
    }
    int years = prepared.length;
    int[] sizes = {
      units.communities().size(), units.size(UnitLevel.STREET), units.size(UnitLevel.DISTRICT)
    };
    // draws[change][level][unit][r]: Δ_r, NaN when the unit has no value in one of the years
    double[][][][] draws = new double[years - 1][LEVELS.length][][];
    for (int c = 0; c < years - 1; c++) {
      for (int l = 0; l < LEVELS.length; l++) {
        draws[c][l] = new double[sizes[l]][reps];
      }
    }
    IntStream.range(0, reps)
        .parallel()
        .forEach(
            r -> {
              double[][][] scores = new double[years][][];
              for (int y = 0; y < years; y++) {
                double[] community = communityScores(y, alternative[r], weights[r]);
                scores[y] =
                    new double[][] {
                      community,
                      RollUp.means(community, units, UnitLevel.STREET),
                      RollUp.means(community, units, UnitLevel.DISTRICT)
                    };
              }
              for (int c = 0; c < years - 1; c++) {
                for (int l = 0; l < LEVELS.length; l++) {
                  double[] before = scores[c][l];
                  double[] after = scores[c + 1][l];
                  double[][] out = draws[c][l];
                  for (int i = 0; i < after.length; i++) {
                    out[i][r] =
                        Double.isNaN(after[i]) || Double.isNaN(before[i])
                            ? Double.NaN
                            : after[i] - before[i];
                  }
                }
              }
            });
    List<Map<UnitLevel, Interval[]>> out = new ArrayList<>();
    for (int c = 0; c < years - 1; c++) {
      Map<UnitLevel, Interval[]> change = new EnumMap<>(UnitLevel.class);
      for (int l = 0; l < LEVELS.length; l++) {
        double[][] unitDraws = draws[c][l];
        change.put(
            LEVELS[l],
            IntStream.range(0, sizes[l])
                .parallel()
                .mapToObj(i -> interval(unitDraws[i]))
                .toArray(Interval[]::new));
      }
      out.add(change);
    }
    return out;
  }

  /** The 5th and 95th percentiles (R type 7) of the draws that exist, null when none does. */
  private static Interval interval(double[] draws) {
    double[] v = Arrays.stream(draws).filter(d -> !Double.isNaN(d)).toArray();
    if (v.length == 0) {
      return null;
    }
    Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
    percentile.setData(v);
    return new Interval(percentile.evaluate(5), percentile.evaluate(95));
  }
}
