package org.govindex.indicators.appraisal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;

/**
 * The {@code appraisal_contributions} table: how each part makes up a unit's total. Per unit of the
 * appraisal table, one row per component:
 *
 * <ul>
 *   <li>{@code subjective}: weight w, score S, contribution w·S;
 *   <li>{@code objective}: weight 1 − w, score O, contribution (1 − w)·O;
 *   <li>every catalogue indicator of the level: weight (1 − w)·v<sub>i</sub> where v<sub>i</sub> is
 *       the indicator's share of O ({@link ObjectiveScore.Share#weightShare()}), score = its
 *       normalised score, contribution = weight·score.
 * </ul>
 *
 * The contributions of subjective and objective sum to T; those of the indicators sum to (1 − w)·O.
 * A component without score has no contribution. {@code level_mean} is the mean score of the
 * component over the units of the level that have one, so {@code score − level_mean} shows
 * strengths and weaknesses against the city. Rows by level, unit_code, then S, O and the indicators
 * in catalogue order.
 */
public final class AppraisalContributions {

  public static final String SUBJECTIVE = "subjective";
  public static final String OBJECTIVE = "objective";
  static final String SUBJECTIVE_NAME = "群众主观评价 S";
  static final String OBJECTIVE_NAME = "客观指标 O";

  private AppraisalContributions() {}

  private record Part(
      String level, String unit, String component, String type, Double weight, Double score) {}

  /**
   * @param appraisal the appraisal table (level, unit_code, subjective_score, objective_score,
   *     subjective_weight)
   * @param objective O and its indicator shares per unit
   * @param indicatorNames indicator code → display name
   */
  public static Table compute(
      Table appraisal,
      List<ObjectiveScore> objective,
      Map<String, String> indicatorNames,
      String period) {
    Map<String, ObjectiveScore> o = new HashMap<>();
    objective.forEach(s -> o.put(AppraisalTotals.key(s.level(), s.unitCode()), s));
    Map<String, List<Part>> units = new java.util.TreeMap<>();
    for (Table.Row r : appraisal.rows()) {
      String level = r.string("level");
      String unit = r.string("unit_code");
      double w = r.number("subjective_weight");
      List<Part> parts = new ArrayList<>();
      parts.add(new Part(level, unit, SUBJECTIVE, "part", w, r.number("subjective_score")));
      parts.add(new Part(level, unit, OBJECTIVE, "part", 1.0 - w, r.number("objective_score")));
      ObjectiveScore score = o.get(AppraisalTotals.key(UnitLevel.of(level), unit));
      if (score != null) {
        for (ObjectiveScore.Share share : score.indicators()) {
          parts.add(
              new Part(
                  level,
                  unit,
                  share.indicatorCode(),
                  "indicator",
                  (1.0 - w) * share.weightShare(),
                  share.normalizedScore()));
        }
      }
      units.put(level + "|" + unit, parts);
    }
    Map<String, double[]> means = new LinkedHashMap<>();
    units.values().stream()
        .flatMap(List::stream)
        .filter(p -> p.score() != null)
        .forEach(
            p -> {
              double[] m =
                  means.computeIfAbsent(p.level() + "|" + p.component(), k -> new double[2]);
              m[0] += p.score();
              m[1]++;
            });
    Table.Builder out = Table.builder(Results.APPRAISAL_CONTRIBUTIONS);
    for (List<Part> parts : units.values()) {
      for (Part p : parts) {
        double[] m = means.get(p.level() + "|" + p.component());
        out.row()
            .set("period", period)
            .set("level", p.level())
            .set("unit_code", p.unit())
            .set("component", p.component())
            .set("component_name", name(p.component(), indicatorNames))
            .set("component_type", p.type())
            .set("weight", p.weight())
            .set("score", p.score())
            .set("contribution", p.score() == null ? null : p.weight() * p.score())
            .set("level_mean", m == null ? null : m[0] / m[1])
            .add();
      }
    }
    return out.build();
  }

  private static String name(String component, Map<String, String> indicatorNames) {
    return switch (component) {
      case SUBJECTIVE -> SUBJECTIVE_NAME;
      case OBJECTIVE -> OBJECTIVE_NAME;
      default -> indicatorNames.get(component);
    };
  }
}
