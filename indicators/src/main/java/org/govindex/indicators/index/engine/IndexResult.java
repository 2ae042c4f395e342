package org.govindex.indicators.index.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.impute.ImputationRecord;
import org.govindex.indicators.index.stats.Ranking;
import org.govindex.indicators.index.treat.TreatmentRecord;

/**
 * The outcome of an index build: a score for every node and unit (normalised values for indicators,
 * aggregate scores for aggregates), ranks, effective weights and the logs of every step. Immutable:
 * array accessors return copies.
 */
public final class IndexResult {

  private final List<String> units;
  private final List<String> nodes;
  private final Map<String, Integer> nodeIndex = new HashMap<>();
  private final Map<String, Integer> unitIndex = new HashMap<>();
  private final double[][] scores;
  private final String root;
  private final Map<String, Double> effectiveWeights;
  private final PreparedData prepared;
  private final List<StepRecord> steps;
  private final List<DataSet> stages;
  private final List<WeightsReport> weighting;

  /** A result whose build log, stages and weighting reports are those of {@code prepared}. */
  public IndexResult(
      List<String> nodes,
      double[][] scores,
      String root,
      Map<String, Double> effectiveWeights,
      PreparedData prepared) {
    this(
        nodes,
        scores,
        root,
        effectiveWeights,
        prepared,
        prepared.steps(),
        prepared.stages(),
        List.of());
  }

  /**
   * @param steps what each step did (build log)
   * @param stages the data set after each step, {@code Raw} to {@code Aggregated}
   * @param weighting reports of derived weights and benefit-of-the-doubt aggregates
   */
  public IndexResult(
      List<String> nodes,
      double[][] scores,
      String root,
      Map<String, Double> effectiveWeights,
      PreparedData prepared,
      List<StepRecord> steps,
      List<DataSet> stages,
      List<WeightsReport> weighting) {
    this.steps = List.copyOf(steps);
    this.stages = List.copyOf(stages);
    this.weighting = List.copyOf(weighting);
    this.units = prepared.units();
    this.nodes = List.copyOf(nodes);
    this.scores = new double[scores.length][];
    for (int k = 0; k < scores.length; k++) {
      this.scores[k] = scores[k].clone();
      nodeIndex.put(this.nodes.get(k), k);
    }
    for (int i = 0; i < units.size(); i++) {
      unitIndex.put(units.get(i), i);
    }
    this.root = root;
    this.effectiveWeights = Map.copyOf(effectiveWeights);
    this.prepared = prepared;
  }

  /** Codes of the scored units (after screening), in data order. */
  public List<String> units() {
    return units;
  }

  /** Node codes in META order. */
  public List<String> nodes() {
    return nodes;
  }

  /** Code of the top-level node (the index). */
  public String root() {
    return root;
  }

  /** Scores of a node over {@link #units()} (NaN = missing). */
  public double[] scores(String node) {
    return scores[index(node)].clone();
  }

  public double score(String node, String unit) {
    Integer u = unitIndex.get(unit);
    if (u == null) {
      throw new IndexSpecException(Messages.text("index.engine.noScoredUnit", unit));
    }
    return scores[index(node)][u];
  }

  /**
   * Ranks on a node: 1 = highest score, ties share the smallest rank (COINr's {@code get_results}),
   * 0 = no score.
   */
  public int[] ranks(String node) {
    return Ranking.competitionRanks(scores[index(node)], true);
  }

  /** Ranks on the top-level node. */
  public int[] ranks() {
    return ranks(root);
  }

  /**
   * Effective weight of every node in the index: product of sibling-normalised weights along the
   * path to the root (indicators sum to 1).
   */
  public Map<String, Double> effectiveWeights() {
    return effectiveWeights;
  }

  public List<ImputationRecord> imputations() {
    return prepared.imputations();
  }

  public List<TreatmentRecord> treatments() {
    return prepared.treatments();
  }

  public List<ScreenRecord> screenedOut() {
    return prepared.screenedOut();
  }

  /** What each step did to each indicator and aggregate, in the order the steps ran. */
  public List<StepRecord> steps() {
    return steps;
  }

  /**
   * The data set after every step that ran, as COINr keeps them: {@code Raw}, {@code Denominated},
   * {@code Imputed}, {@code Screened}, {@code Treated}, {@code Transformed}, {@code Normalised},
   * {@code Aggregated} (normalised indicators and aggregate scores).
   */
  public List<DataSet> stages() {
    return stages;
  }

  /** The stage of that name; throws when that step did not run. */
  public DataSet stage(String name) {
    return stages.stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IndexSpecException(Messages.text("index.engine.noDataSet", name)));
  }

  /** Derived weights and benefit-of-the-doubt aggregates, with their effect on the ranks. */
  public List<WeightsReport> weighting() {
    return weighting;
  }

  /** The indicator values as they entered normalisation. */
  public PreparedData prepared() {
    return prepared;
  }

  private int index(String node) {
    Integer k = nodeIndex.get(node);
    if (k == null) {
      throw new IndexSpecException(Messages.text("index.engine.noNodeResult", node));
    }
    return k;
  }
}
