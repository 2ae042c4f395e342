package org.govindex.indicators.index.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  public IndexResult(
      List<String> nodes,
      double[][] scores,
      String root,
      Map<String, Double> effectiveWeights,
      PreparedData prepared) {
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
      throw new IndexSpecException("no scored unit " + unit);
    }
    return scores[index(node)][u];
  }

  /** Ranks on a node: 1 = highest score, ties share the smallest rank, 0 = no score. */
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

  /** The indicator values as they entered normalisation. */
  public PreparedData prepared() {
    return prepared;
  }

  private int index(String node) {
    Integer k = nodeIndex.get(node);
    if (k == null) {
      throw new IndexSpecException("no node " + node + " in the result");
    }
    return k;
  }
}
