package org.govindex.indicators.department;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Flag;
import org.govindex.contract.Grade;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.indicators.department.GroupWeighting.Satisfaction;
import org.govindex.indicators.grading.GradeThresholds;
import org.govindex.indicators.grading.Grading;
import org.govindex.indicators.grading.TolerantRanking;
import org.govindex.indicators.registry.Registry;

/**
 * The {@code department_rating} rows ({@link Results#DEPARTMENT_RATING}): one per registered
 * department, in department-code order.
 *
 * <ul>
 *   <li>Total {@code T = w_d·S + (1 − w_d)·O} (methodology §4); null when S or O is missing, with
 *       {@link Flag#NO_SATISFACTION_SCORE} / {@link Flag#NO_OBJECTIVE_SCORE}, and then unranked.
 *   <li>Rank by {@link TolerantRanking} over the departments with a total, given in code order:
 *       descending T, totals within 1e-9 share the smallest rank, code breaks exact ties.
 *       Departments are never below a minimum sample.
 *   <li>Grade by {@link Grading#withoutQuota} with the default thresholds {@link
 *       GradeThresholds#DEFAULT}: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格; no 优秀 quota. (The policy's
 *       {@code grade_thresholds} and {@code excellent_quota} apply to streets and communities;
 *       departments have always been graded on the default bands.)
 *   <li>The same total and rank with the rater-standardised satisfaction ({@code *_standardised})
 *       and with equal group weights ({@code *_equal_weights}), same w_d and O.
 * </ul>
 *
 * <p>Flags, in this order: {@code no_rating} (no rater with a score), the raw weighting's {@code
 * group_dropped:<评议人类型>}, {@code no_satisfaction_score}, {@code no_objective_score}, {@code
 * standardised_group_dropped:<评议人类型>} for each group present in the raw but not in the standardised
 * weighting, then the objective part's own flags.
 */
final class DepartmentTotals {

  private static final Grading GRADING = Grading.withoutQuota(GradeThresholds.DEFAULT);

  private static final DepartmentObjective NO_OBJECTIVE = new DepartmentObjective(null, null);

  private DepartmentTotals() {}

  /**
   * The table.
   *
   * @param registry the departments (code order) and their names
   * @param raw {@link GroupWeighting} on raw rater scores, configured weights
   * @param standardised {@link GroupWeighting} on standardised scores, configured weights
   * @param equalWeights {@link GroupWeighting} on raw scores, equal weights
   * @param straightliners department code → ratings of the department by straight-liners
   * @param objective department code → objective part; a department without entry has no O
   */
  static Table compute(
      Registry registry,
      Map<String, Satisfaction> raw,
      Map<String, Satisfaction> standardised,
      Map<String, Satisfaction> equalWeights,
      Map<String, Long> straightliners,
      Map<String, DepartmentObjective> objective,
      DepartmentRatingSettings settings) {
    double w = settings.satisfactionWeight();
    List<Registry.Department> departments = registry.departments();
    int n = departments.size();
    double[] total = new double[n];
    double[] totalStandardised = new double[n];
    double[] totalEqual = new double[n];
    for (int i = 0; i < n; i++) {
      String code = departments.get(i).code();
      Double o = objective.getOrDefault(code, NO_OBJECTIVE).objectiveScore();
      total[i] = total(satisfaction(raw, code), o, w);
      totalStandardised[i] = total(satisfaction(standardised, code), o, w);
      totalEqual[i] = total(satisfaction(equalWeights, code), o, w);
    }
    int[] rank = TolerantRanking.ranks(total);
    int[] rankStandardised = TolerantRanking.ranks(totalStandardised);
    int[] rankEqual = TolerantRanking.ranks(totalEqual);
    Grading.Graded[] grades = GRADING.grade(total, new boolean[n], rank);

    Table.Builder table = Table.builder(Results.DEPARTMENT_RATING);
    for (int i = 0; i < n; i++) {
      Registry.Department department = departments.get(i);
      String code = department.code();
      Satisfaction s = raw.get(code);
      Satisfaction std = standardised.get(code);
      DepartmentObjective o = objective.getOrDefault(code, NO_OBJECTIVE);
      Table.RowBuilder row =
          table
              .row()
              .set("period", settings.period())
              .set("department_code", code)
              .set("department_name", department.name());
      for (RaterGroup group : RaterGroup.values()) {
        row.set(group.scoreColumn(), s == null ? null : s.group(group).score())
            .set(group.countColumn(), s == null ? 0L : s.group(group).raters());
      }
      Grade grade = grades[i].grade();
      row.set("satisfaction_score", satisfaction(raw, code))
          .set("objective_score", o.objectiveScore())
          .set("total_score", value(total[i]))
          .set("rank", rank(rank[i]))
          .set("grade", grade == null ? null : grade.label())
          .set("flags", Flag.join(flags(s, std, o)))
          .set("satisfaction_weight", w)
          .set("n_raters", s == null ? 0L : s.raters())
          .set("n_straightliners", straightliners.getOrDefault(code, 0L))
          .set("satisfaction_score_standardised", satisfaction(standardised, code))
          .set("total_score_standardised", value(totalStandardised[i]))
          .set("rank_standardised", rank(rankStandardised[i]))
          .set("satisfaction_score_equal_weights", satisfaction(equalWeights, code))
          .set("total_score_equal_weights", value(totalEqual[i]))
          .set("rank_equal_weights", rank(rankEqual[i]))
          .add();
    }
    return table.build();
  }

  private static Double satisfaction(Map<String, Satisfaction> weighting, String code) {
    Satisfaction s = weighting.get(code);
    return s == null ? null : s.satisfaction();
  }

  /** T = w_d·S + (1 − w_d)·O, NaN when S or O is missing. */
  private static double total(Double satisfaction, Double objective, double w) {
    return satisfaction == null || objective == null
        ? Double.NaN
        : satisfaction * w + objective * (1.0 - w);
  }

  private static Double value(double total) {
    return Double.isNaN(total) ? null : total;
  }

  private static Integer rank(int rank) {
    return rank == 0 ? null : rank;
  }

  private static List<String> flags(Satisfaction raw, Satisfaction std, DepartmentObjective o) {
    List<String> flags = new ArrayList<>();
    if (raw == null || raw.raters() == 0) {
      flags.add(Flag.NO_RATING.code());
    }
    if (raw != null) {
      flags.addAll(raw.droppedFlags());
    }
    if (raw == null || raw.satisfaction() == null) {
      flags.add(Flag.NO_SATISFACTION_SCORE.code());
    }
    if (o.objectiveScore() == null) {
      flags.add(Flag.NO_OBJECTIVE_SCORE.code());
    }
    for (RaterGroup group : RaterGroup.values()) {
      boolean present = raw != null && raw.group(group).score() != null;
      boolean presentStandardised = std != null && std.group(group).score() != null;
      if (present && !presentStandardised) {
        flags.add(Flag.STANDARDISED_GROUP_DROPPED.with(group.label()));
      }
    }
    flags.add(o.flags());
    return flags;
  }
}
