package org.govindex.indicators.index.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.govindex.contract.Messages;
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
 * Monte Carlo uncertainty analysis and Saltelli sensitivity analysis of index ranks over the
 * declared alternatives: perturbed weights, normalisation and aggregation methods, treatment and
 * imputation on/off.
 *
 * <p>Each replication draws a point u in [0,1)^d: weight factors {@code 1 + spread (2u - 1)}; a
 * discrete alternative k of K is chosen when {@code k/K <= u < (k+1)/K}. Monte Carlo points come
 * from {@link SplittableRandom} with the seed. Ranks are percentiles of the index ranks over the
 * replications (R type 7). The sensitivity output is the mean absolute rank shift against the
 * nominal ranks; the design takes N points of a Sobol sequence of dimension 2d (first point
 * skipped) as the rows of A (first d) and B (last d) — see {@link SaltelliEstimator}.
 *
 * <p>Every variant plan is compiled before anything runs, so unknown methods and settings are
 * refused up front. Whether a variant's values suit its means depends on the data: a replication in
 * which a value &lt;= 0 reaches a geometric or harmonic mean (or a power mean with p &lt;= 0) is
 * not computed but counted, with its cause ({@link ReplicationFailure}); the rank intervals are
 * over the replications computed. In the sensitivity design a row of A, B and A_B with a failed run
 * is left out of the estimators and counted.
 */
public final class UncertaintyAnalysis {

  private final IndexPlan nominal;
  private final UncertaintySpec spec;
  private final List<String> units;
  private final int[] nominalRanks;
  private final int rootIndex;
  private final double[] nominalWeights;
  private final int[] perturbedNodes;
  private final IndexPlan[][] variants;
  private final Map<Integer, PreparedData> prepared = new HashMap<>();
  private final Recipe recipe;
  private final Framework framework;
  private final UnitTable data;
  private final List<String> factors = new ArrayList<>();
  private final List<int[]> factorDims = new ArrayList<>();
  private final int dims;
  private final Map<String, int[]> failureCounts = new java.util.LinkedHashMap<>();
  private final Map<String, String> failureExamples = new HashMap<>();

  private UncertaintyAnalysis(
      Framework framework, UnitTable data, Recipe recipe, UncertaintySpec spec) {
    this.framework = framework;
    this.data = data;
    this.recipe = recipe;
    this.spec = spec;
    if (spec.toggleTreat() && recipe.treat() == null) {
      throw new IndexSpecException(Messages.text("index.uncertainty.uncertaintyTreatToggled"));
    }
    if (spec.toggleImpute() && recipe.impute() == null) {
      throw new IndexSpecException(Messages.text("index.uncertainty.uncertaintyImputeToggled"));
    }
    this.nominal = IndexPlan.compile(framework, data, recipe);
    List<MethodSpec> norms = spec.normalise().isEmpty() ? List.of() : spec.normalise();
    List<MethodSpec> aggs = spec.aggregate().isEmpty() ? List.of() : spec.aggregate();
    int nn = Math.max(1, norms.size());
    int na = Math.max(1, aggs.size());
    this.variants = new IndexPlan[nn][na];
    for (int a = 0; a < nn; a++) {
      for (int b = 0; b < na; b++) {
        Recipe r = recipe;
        if (!norms.isEmpty()) {
          r = r.withNormalise(r.normalise().withDefault(norms.get(a)));
        }
        if (!aggs.isEmpty()) {
          r = r.withAggregate(r.aggregate().withDefault(aggs.get(b)));
        }
        try {
          variants[a][b] = IndexPlan.compile(framework, data, r);
        } catch (IndexSpecException e) {
          throw new IndexSpecException(
              Messages.text(
                  "index.uncertainty.designRefused",
                  norms.isEmpty() ? Messages.text("index.uncertainty.asRecipe") : norms.get(a),
                  aggs.isEmpty() ? Messages.text("index.uncertainty.asRecipe") : aggs.get(b),
                  e.getMessage()),
              e);
        }
      }
    }
    PreparedData base = nominal.prepare();
    prepared.put(key(true, true), base);
    this.units = base.units();
    this.rootIndex = framework.nodes().indexOf(framework.root());
    this.nominalWeights = nominal.nominalWeights();
    this.nominalRanks =
        Ranking.competitionRanks(nominal.score(base, nominalWeights)[rootIndex], true);
    List<Integer> perturbed = new ArrayList<>();
    if (spec.weightSpread() > 0) {
      List<FrameworkNode> nodes = framework.nodes();
      for (int k = 0; k < nodes.size(); k++) {
        FrameworkNode n = nodes.get(k);
        if (n.parent() != null
            && (spec.weightLevels().isEmpty() || spec.weightLevels().contains(n.level()))) {
          perturbed.add(k);
        }
      }
    }
    this.perturbedNodes = perturbed.stream().mapToInt(Integer::intValue).toArray();
    int d = 0;
    if (perturbedNodes.length > 0) {
      d = addFactor("weights", d, perturbedNodes.length);
    }
    if (norms.size() > 1) {
      d = addFactor("normalise", d, 1);
    }
    if (aggs.size() > 1) {
      d = addFactor("aggregate", d, 1);
    }
    if (spec.toggleTreat()) {
      d = addFactor("treat", d, 1);
    }
    if (spec.toggleImpute()) {
      d = addFactor("impute", d, 1);
    }
    if (d == 0) {
      throw new IndexSpecException(Messages.text("index.uncertainty.uncertaintyNothingVaries"));
    }
    this.dims = d;
  }

  private int addFactor(String name, int start, int width) {
    factors.add(name);
    int[] cols = new int[width];
    for (int i = 0; i < width; i++) {
      cols[i] = start + i;
    }
    factorDims.add(cols);
    return start + width;
  }

  /** Checks the design (compiling every variant) and prepares the nominal data. */
  public static UncertaintyAnalysis design(
      Framework framework, UnitTable data, Recipe recipe, UncertaintySpec spec) {
    return new UncertaintyAnalysis(framework, data, recipe, spec);
  }

  /** Names of the factors, in the order of the sensitivity indices. */
  public List<String> factors() {
    return List.copyOf(factors);
  }

  /**
   * Runs the Monte Carlo and, when asked, the Saltelli sensitivity design. Failure counts start
   * afresh with each run.
   */
  public UncertaintyResult run() {
    failureCounts.clear();
    failureExamples.clear();
    int reps = spec.replications();
    if (reps < 1) {
      throw new IndexSpecException(Messages.text("index.uncertainty.uncertaintyReplicationsAt"));
    }
    SplittableRandom random = new SplittableRandom(spec.seed());
    int n = units.size();
    double[][] ranks = new double[n][reps];
    int[] counts = new int[n];
    double[] u = new double[dims];
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < n; i++) {
      position.put(units.get(i), i);
    }
    int failed = 0;
    for (int r = 0; r < reps; r++) {
      for (int k = 0; k < dims; k++) {
        u[k] = random.nextDouble();
      }
      Replication rep = replicate(u);
      if (rep == null) {
        failed++;
        continue;
      }
      for (int i = 0; i < rep.units.size(); i++) {
        Integer p = rep.units == units ? Integer.valueOf(i) : position.get(rep.units.get(i));
        if (p != null && rep.ranks[i] > 0) {
          ranks[p][counts[p]++] = rep.ranks[i];
        }
      }
    }
    Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
    List<UnitRankInterval> intervals = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] v = Arrays.copyOf(ranks[i], counts[i]);
      intervals.add(
          new UnitRankInterval(
              units.get(i),
              nominalRanks[i],
              v.length == 0 ? Double.NaN : percentile.evaluate(v, 50),
              v.length == 0 ? Double.NaN : percentile.evaluate(v, 5),
              v.length == 0 ? Double.NaN : percentile.evaluate(v, 95)));
    }
    List<SensitivityIndex> sensitivity = new ArrayList<>();
    double variance = Double.NaN;
    int runs = 0;
    int dropped = 0;
    if (spec.sensitivitySamples() > 0) {
      int nBase = spec.sensitivitySamples();
      SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * dims);
      sobol.nextVector();
      double[][] a = new double[nBase][];
      double[][] b = new double[nBase][];
      for (int j = 0; j < nBase; j++) {
        double[] v = sobol.nextVector();
        a[j] = Arrays.copyOfRange(v, 0, dims);
        b[j] = Arrays.copyOfRange(v, dims, 2 * dims);
      }
      double[] fa = new double[nBase];
      double[] fb = new double[nBase];
      double[][] fab = new double[factors.size()][nBase];
      boolean[] ok = new boolean[nBase];
      for (int j = 0; j < nBase; j++) {
        fa[j] = meanAbsShift(replicate(a[j]), position);
        fb[j] = meanAbsShift(replicate(b[j]), position);
        ok[j] = !Double.isNaN(fa[j]) && !Double.isNaN(fb[j]);
        for (int f = 0; f < factors.size(); f++) {
          double[] ab = a[j].clone();
          for (int col : factorDims.get(f)) {
            ab[col] = b[j][col];
          }
          fab[f][j] = meanAbsShift(replicate(ab), position);
          ok[j] &= !Double.isNaN(fab[f][j]);
        }
      }
      runs = nBase * (factors.size() + 2);
      int[] rows = java.util.stream.IntStream.range(0, nBase).filter(j -> ok[j]).toArray();
      dropped = nBase - rows.length;
      if (rows.length == 0) {
        throw new IndexSpecException(
            Messages.text("index.uncertainty.uncertaintyEveryRow", failures().get(0).example()));
      }
      double[] ka = select(fa, rows);
      double[] kb = select(fb, rows);
      variance = SaltelliEstimator.variance(ka, kb);
      for (int f = 0; f < factors.size(); f++) {
        double[] kab = select(fab[f], rows);
        sensitivity.add(
            new SensitivityIndex(
                factors.get(f),
                variance == 0 ? 0 : SaltelliEstimator.firstOrder(ka, kb, kab, variance),
                variance == 0 ? 0 : SaltelliEstimator.total(ka, kab, variance)));
      }
    }
    return new UncertaintyResult(
        reps, spec.seed(), intervals, sensitivity, variance, runs, failed, failures(), dropped);
  }

  private List<ReplicationFailure> failures() {
    List<ReplicationFailure> out = new ArrayList<>();
    failureCounts.forEach(
        (cause, count) ->
            out.add(new ReplicationFailure(cause, count[0], failureExamples.get(cause))));
    return out;
  }

  private static double[] select(double[] x, int[] rows) {
    return Arrays.stream(rows).mapToDouble(j -> x[j]).toArray();
  }

  private record Replication(List<String> units, int[] ranks) {}

  /** One rebuild of the index for the point u of the input space. */
  private Replication replicate(double[] u) {
    int d = 0;
    double[] weights = nominalWeights;
    if (perturbedNodes.length > 0) {
      weights = nominalWeights.clone();
      for (int k = 0; k < perturbedNodes.length; k++) {
        weights[perturbedNodes[k]] *= 1 + spec.weightSpread() * (2 * u[d++] - 1);
      }
    }
    int norm = 0;
    if (spec.normalise().size() > 1) {
      norm = pick(u[d++], spec.normalise().size());
    }
    int agg = 0;
    if (spec.aggregate().size() > 1) {
      agg = pick(u[d++], spec.aggregate().size());
    }
    boolean treat = !spec.toggleTreat() || u[d++] < 0.5;
    boolean impute = !spec.toggleImpute() || u[d++] < 0.5;
    PreparedData data = prepared(impute, treat);
    double[][] scores;
    try {
      scores = variants[norm][agg].score(data, weights);
    } catch (MeanDomainException e) {
      StringBuilder toggles = new StringBuilder();
      if (spec.toggleTreat()) {
        toggles.append(
            treat
                ? Messages.text("index.uncertainty.causeTreatOn")
                : Messages.text("index.uncertainty.causeTreatOff"));
      }
      if (spec.toggleImpute()) {
        toggles.append(
            impute
                ? Messages.text("index.uncertainty.causeImputeOn")
                : Messages.text("index.uncertainty.causeImputeOff"));
      }
      String cause =
          Messages.text(
              "index.uncertainty.failureCause",
              spec.normalise().isEmpty()
                  ? Messages.text("index.uncertainty.asRecipe")
                  : spec.normalise().get(norm),
              spec.aggregate().isEmpty()
                  ? Messages.text("index.uncertainty.asRecipe")
                  : spec.aggregate().get(agg),
              toggles.toString(),
              e.node(),
              e.child());
      failureCounts.computeIfAbsent(cause, k -> new int[1])[0]++;
      failureExamples.putIfAbsent(cause, e.getMessage());
      return null;
    }
    return new Replication(data.units(), Ranking.competitionRanks(scores[rootIndex], true));
  }

  private static int pick(double u, int k) {
    return Math.min(k - 1, (int) Math.floor(u * k));
  }

  private static int key(boolean impute, boolean treat) {
    return (impute ? 2 : 0) + (treat ? 1 : 0);
  }

  private PreparedData prepared(boolean impute, boolean treat) {
    return prepared.computeIfAbsent(
        key(impute, treat),
        k -> {
          Recipe r = recipe;
          if (!impute) {
            r = r.withImpute(null);
          }
          if (!treat) {
            r = r.withTreat(null);
          }
          return IndexPlan.compile(framework, data, r).prepare();
        });
  }

  /** Mean absolute rank shift against the nominal ranks; NaN for a failed replication. */
  private double meanAbsShift(Replication rep, Map<String, Integer> position) {
    if (rep == null) {
      return Double.NaN;
    }
    double sum = 0;
    int n = 0;
    for (int i = 0; i < rep.units.size(); i++) {
      Integer p = rep.units == units ? Integer.valueOf(i) : position.get(rep.units.get(i));
      if (p != null && rep.ranks[i] > 0 && nominalRanks[p] > 0) {
        sum += Math.abs(rep.ranks[i] - nominalRanks[p]);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
