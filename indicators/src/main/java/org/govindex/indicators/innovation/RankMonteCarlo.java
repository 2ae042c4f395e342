package org.govindex.indicators.innovation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.govindex.contract.Messages;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.engine.IndexPlan;
import org.govindex.indicators.index.engine.MeanDomainException;
import org.govindex.indicators.index.engine.PreparedData;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.govindex.indicators.index.recipe.Recipe;
import org.govindex.indicators.index.recipe.UncertaintySpec;
import org.govindex.indicators.index.stats.Ranking;

/**
 * Monte Carlo rank intervals of one year's level index for communities, streets and districts,
 * carrying both the method choices and the sampling error of the resident survey.
 *
 * <p>Replication r (r = 1..R, R = the recipe's replications):
 *
 * <ol>
 *   <li>Method choices, drawn as the engine's {@code UncertaintyAnalysis} draws them: a point u of
 *       [0,1)^d from a {@link SplittableRandom} seeded with the recipe's seed; each perturbed node
 *       weight is multiplied by {@code 1 + spread (2u − 1)}, normalisation alternative k of K and
 *       aggregation alternative k of K are chosen when {@code k/K ≤ u < (k+1)/K}.
 *   <li>Survey sampling error: every community whose S enters the index takes S = S*_{c,b}, its
 *       respondent-bootstrap replicate b drawn uniformly from its B replicates (the survey kernel's
 *       resamples, {@code RespondentBootstrap}), independently for each community; a replicate
 *       without a value (a resample without a scored answer) leaves S missing in that replication.
 *   <li>The index of every community is scored with the engine ({@link IndexPlan#score}); streets
 *       and districts get the population-weighted means of their communities' index ({@link
 *       RollUp}); each level is ranked among itself by competition ranks (1 = best).
 * </ol>
 *
 * <p>A unit's interval is the nearest-rank median, 5th and 95th percentile of its ranks over the
 * replications in which it has one: with the n ranks sorted ascending, the P-th percentile is the
 * ⌈P·n/100⌉-th (an integer rank, never an interpolation between two ranks). A replication whose
 * values leave a mean's domain ({@link MeanDomainException}) is left out and counted.
 *
 * <p>The bootstrap draws of replication r come from the r-th {@link SplittableRandom#split()} of a
 * generator seeded from the recipe's seed, split in replication order before anything runs, and the
 * replications run in parallel, each writing only its own position: the result does not depend on
 * the scheduling.
 */
final class RankMonteCarlo {

  /** Median, 5th and 95th percentile (nearest rank) of a unit's Monte Carlo ranks. */
  record Interval(int median, int p05, int p95) {}

  /**
   * @param intervals per level (community, street, district) one interval per registered unit in
   *     {@link Hierarchy} order, {@code null} for a unit never ranked
   * @param failedReplications replications left out (a value outside a mean's domain)
   */
  record Result(Map<UnitLevel, Interval[]> intervals, int failedReplications) {

    static final Result NONE = new Result(Map.of(), 0);

    Interval interval(UnitLevel level, int unit) {
      Interval[] all = intervals.get(level);
      return all == null ? null : all[unit];
    }
  }

  static final long BOOTSTRAP_SALT = 0x5EED_B007_57A9L;
  private static final UnitLevel[] LEVELS = {
    UnitLevel.COMMUNITY, UnitLevel.STREET, UnitLevel.DISTRICT
  };

  private final UncertaintySpec spec;
  private final Hierarchy units;
  private final IndexPlan[][] variants;
  private final PreparedData base;
  private final int[] communityOf;
  private final int rootIndex;
  private final double[] nominalWeights;
  private final int[] perturbed;
  private final int surveyRow;
  private final double[][] replicates;

  /**
   * @param framework the year's framework
   * @param table the year's data (one row per community)
   * @param recipe the recipe, with its uncertainty design
   * @param units the registry
   * @param surveyReplicates community code → the B bootstrap replicates of its S, for the
   *     communities whose S is in {@code table} (ignored when the framework has no {@link
   *     IndicatorSources#SURVEY})
   */
  private RankMonteCarlo(
      Framework framework,
      UnitTable table,
      Recipe recipe,
      Hierarchy units,
      Map<String, double[]> surveyReplicates) {
    this.spec = recipe.uncertainty();
    this.units = units;
    if (spec.toggleTreat() || spec.toggleImpute()) {
      throw new InnovationConfigException(Messages.text("innovation.recipe.uncertaintyToggles"));
    }
    List<MethodSpec> norms = spec.normalise();
    List<MethodSpec> aggs = spec.aggregate();
    this.variants = new IndexPlan[Math.max(1, norms.size())][Math.max(1, aggs.size())];
    for (int a = 0; a < variants.length; a++) {
      for (int b = 0; b < variants[a].length; b++) {
        Recipe r = recipe;
        if (!norms.isEmpty()) {
          r = r.withNormalise(r.normalise().withDefault(norms.get(a)));
        }
        if (!aggs.isEmpty()) {
          r = r.withAggregate(r.aggregate().withDefault(aggs.get(b)));
        }
        variants[a][b] = IndexPlan.compile(framework, table, r);
      }
    }
    IndexPlan nominal = IndexPlan.compile(framework, table, recipe);
    this.base = nominal.prepare();
    this.nominalWeights = nominal.nominalWeights();
    this.communityOf = base.units().stream().mapToInt(units::community).toArray();
    List<FrameworkNode> nodes = framework.nodes();
    this.rootIndex = nodes.indexOf(framework.root());
    List<Integer> p = new ArrayList<>();
    if (spec.weightSpread() > 0) {
      for (int k = 0; k < nodes.size(); k++) {
        FrameworkNode n = nodes.get(k);
        if (n.parent() != null
            && (spec.weightLevels().isEmpty() || spec.weightLevels().contains(n.level()))) {
          p.add(k);
        }
      }
    }
    this.perturbed = p.stream().mapToInt(Integer::intValue).toArray();
    this.surveyRow =
        framework.indicators().stream()
            .map(FrameworkNode::code)
            .toList()
            .indexOf(IndicatorSources.SURVEY);
    this.replicates = new double[base.units().size()][];
    if (surveyRow >= 0) {
      for (int i = 0; i < replicates.length; i++) {
        double[] b = surveyReplicates.get(base.units().get(i));
        replicates[i] =
            b == null || b.length == 0 || Double.isNaN(base.values()[surveyRow][i]) ? null : b;
      }
    }
  }

  /**
   * The rank intervals of a year, {@link Result#NONE} when the recipe declares no uncertainty or
   * fewer than two communities are scored.
   */
  static Result run(
      Framework framework,
      UnitTable table,
      Recipe recipe,
      Hierarchy units,
      Map<String, double[]> surveyReplicates) {
    if (recipe.uncertainty() == null || recipe.uncertainty().replications() < 1) {
      return Result.NONE;
    }
    try {
      RankMonteCarlo mc = new RankMonteCarlo(framework, table, recipe, units, surveyReplicates);
      return mc.base.units().size() < 2 ? Result.NONE : mc.run();
    } catch (IndexSpecException e) {
      throw new InnovationInputException(
          Messages.text("innovation.rankIntervals", table.source(), e.getMessage()));
    }
  }

  private Result run() {
    int reps = spec.replications();
    int norms = variants.length;
    int aggs = variants[0].length;
    int d = perturbed.length + (norms > 1 ? 1 : 0) + (aggs > 1 ? 1 : 0);
    double[][] weights = new double[reps][];
    int[][] choice = new int[reps][2];
    SplittableRandom random = new SplittableRandom(spec.seed());
    SplittableRandom bootstrap = new SplittableRandom(spec.seed() ^ BOOTSTRAP_SALT);
    SplittableRandom[] picks = new SplittableRandom[reps];
    for (int r = 0; r < reps; r++) {
      double[] u = new double[d];
      for (int k = 0; k < d; k++) {
        u[k] = random.nextDouble();
      }
      double[] w = nominalWeights.clone();
      for (int k = 0; k < perturbed.length; k++) {
        w[perturbed[k]] *= 1 + spec.weightSpread() * (2 * u[k] - 1);
      }
      weights[r] = w;
      int next = perturbed.length;
      choice[r][0] = norms > 1 ? pick(u[next++], norms) : 0;
      choice[r][1] = aggs > 1 ? pick(u[next], aggs) : 0;
      picks[r] = bootstrap.split();
    }
    int[] sizes = {
      units.communities().size(), units.size(UnitLevel.STREET), units.size(UnitLevel.DISTRICT)
    };
    // ranks[level][unit][r]: rank in replication r, 0 = none (unranked or failed replication)
    int[][][] ranks = new int[LEVELS.length][][];
    for (int l = 0; l < LEVELS.length; l++) {
      ranks[l] = new int[sizes[l]][reps];
    }
    // every indicator but S has the same data in every replication: normalised once per variant
    double[][][][] fixed = new double[norms][aggs][][];
    for (int a = 0; a < norms; a++) {
      for (int b = 0; b < aggs; b++) {
        fixed[a][b] = variants[a][b].normalise(base);
        if (surveyRow >= 0) {
          fixed[a][b][surveyRow] = null;
        }
      }
    }
    boolean[] failed = new boolean[reps];
    IntStream.range(0, reps)
        .parallel()
        .forEach(
            r -> {
              double[][] scores;
              try {
                int a = choice[r][0];
                int b = choice[r][1];
                scores = variants[a][b].score(data(picks[r]), weights[r], fixed[a][b]);
              } catch (MeanDomainException e) {
                failed[r] = true;
                return;
              }
              double[] community = new double[sizes[0]];
              Arrays.fill(community, Double.NaN);
              double[] root = scores[rootIndex];
              for (int i = 0; i < root.length; i++) {
                if (communityOf[i] >= 0) {
                  community[communityOf[i]] = root[i];
                }
              }
              double[][] levels = {
                community,
                RollUp.means(community, units, UnitLevel.STREET),
                RollUp.means(community, units, UnitLevel.DISTRICT)
              };
              for (int l = 0; l < LEVELS.length; l++) {
                int[] rank = Ranking.competitionRanks(levels[l], true);
                for (int u = 0; u < rank.length; u++) {
                  ranks[l][u][r] = rank[u];
                }
              }
            });
    Map<UnitLevel, Interval[]> out = new EnumMap<>(UnitLevel.class);
    for (int l = 0; l < LEVELS.length; l++) {
      int[][] unitRanks = ranks[l];
      out.put(
          LEVELS[l],
          IntStream.range(0, sizes[l])
              .parallel()
              .mapToObj(u -> interval(unitRanks[u]))
              .toArray(Interval[]::new));
    }
    int failures = 0;
    for (boolean f : failed) {
      failures += f ? 1 : 0;
    }
    return new Result(out, failures);
  }

  /** The prepared data with each surveyed community's S replaced by a drawn bootstrap replicate. */
  private PreparedData data(SplittableRandom picks) {
    if (surveyRow < 0) {
      return base;
    }
    double[][] values = base.values().clone();
    double[] s = values[surveyRow].clone();
    for (int i = 0; i < s.length; i++) {
      if (replicates[i] != null) {
        s[i] = replicates[i][picks.nextInt(replicates[i].length)];
      }
    }
    values[surveyRow] = s;
    return new PreparedData(
        base.units(), values, base.imputations(), base.treatments(), base.screenedOut());
  }

  private static int pick(double u, int k) {
    return Math.min(k - 1, (int) Math.floor(u * k));
  }

  /** Nearest-rank median, 5th and 95th percentile of the ranks &gt; 0, null when there is none. */
  static Interval interval(int[] draws) {
    int[] v = Arrays.stream(draws).filter(x -> x > 0).sorted().toArray();
    if (v.length == 0) {
      return null;
    }
    return new Interval(nearestRank(v, 50), nearestRank(v, 5), nearestRank(v, 95));
  }

  /** The P-th percentile of sorted values by the nearest-rank method: the ⌈P·n/100⌉-th value. */
  static int nearestRank(int[] sorted, int percent) {
    int k = (int) Math.ceil(percent * (long) sorted.length / 100.0);
    return sorted[Math.max(1, k) - 1];
  }
}
