package org.govindex.indicators.appraisal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.govindex.contract.Flag;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.grading.GradeThresholds;
import org.govindex.indicators.registry.Registry;
import org.govindex.indicators.subjective.UnitSubjective;

/** Hand-written inputs of the appraisal: subjective parts, objective scores, policies. */
final class AppraisalFixture {

  static final Registry NO_REGISTRY = new Registry(List.of(), List.of(), List.of(), List.of());

  private AppraisalFixture() {}

  /**
   * The subjective part of a unit whose bootstrap replicates all equal S (three of them): every
   * replicate ranks like the nominal ranking, so the rank interval is [rank, rank].
   */
  static UnitSubjective subjective(
      UnitLevel level,
      String code,
      Double s,
      long nValid,
      Double ciLow,
      Double ciHigh,
      boolean insufficient,
      String flags) {
    return subjective(
        level,
        code,
        s,
        nValid,
        ciLow,
        ciHigh,
        insufficient,
        flags,
        s == null ? null : new double[] {s, s, s});
  }

  /** The subjective part of a unit with the given replicates of S. */
  static UnitSubjective subjective(
      UnitLevel level,
      String code,
      Double s,
      long nValid,
      Double ciLow,
      Double ciHigh,
      boolean insufficient,
      String flags,
      double[] replicates) {
    return new UnitSubjective(
        level,
        code,
        code + "名",
        s,
        ciLow,
        ciHigh,
        nValid,
        0.9,
        insufficient,
        Flag.split(flags),
        replicates);
  }

  /** O of a unit (its shares are not needed by the totals). */
  static ObjectiveScore objective(UnitLevel level, String code, Double o, String flags) {
    return new ObjectiveScore(level, code, o, 13, 13, Flag.split(flags), List.of());
  }

  static AppraisalPolicy policy(
      double community, double street, GradeThresholds grades, OptionalDouble quota) {
    Map<UnitLevel, Double> w = new EnumMap<>(UnitLevel.class);
    w.put(UnitLevel.COMMUNITY, community);
    w.put(UnitLevel.STREET, street);
    w.put(UnitLevel.DEPARTMENT, 0.5);
    return new AppraisalPolicy(w, grades, 30, 100, quota, DepartmentRatingPolicy.DEFAULT);
  }

  static AppraisalPolicy policy(double community, double street) {
    return policy(community, street, GradeThresholds.DEFAULT, OptionalDouble.empty());
  }

  /** The appraisal of the units without registry, quality flags or previous period. */
  static Table totals(
      List<UnitSubjective> subjective, List<ObjectiveScore> objective, AppraisalPolicy policy) {
    return AppraisalTotals.compute(
        NO_REGISTRY, subjective, objective, Map.of(), Map.of(), policy, "2026");
  }

  /** level|unit_code → row. */
  static Map<String, Table.Row> byUnit(Table table) {
    Map<String, Table.Row> rows = new HashMap<>();
    for (Table.Row r : table.rows()) {
      rows.put(r.string("level") + "|" + r.string("unit_code"), r);
    }
    return rows;
  }
}
