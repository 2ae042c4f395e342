package org.govindex.jobs.compute.department;

import java.util.ArrayList;
import java.util.List;

/** Column names of the department tables, in output order. */
public final class DepartmentColumns {

  /**
   * {@code department_rating}: the output contract's columns first (period, department_code,
   * department_name, one score column per rater group, satisfaction_score, objective_score,
   * total_score, rank, grade, flags), then the added ones: satisfaction_weight, n_raters per group
   * and in all, n_straightliners, the rater-standardised and equal-weights variants.
   */
  public static final List<String> DEPARTMENT_RATING = departmentRating();

  /** {@code department_street_matrix}. */
  public static final List<String> STREET_MATRIX =
      List.of(
          "period",
          "street_code",
          "street_name",
          "department_code",
          "department_name",
          "mean_score",
          "n_raters");

  /** {@code department_rater_flags}. */
  public static final List<String> RATER_FLAGS =
      List.of(
          "period",
          "department_code",
          "department_name",
          "rater_group",
          "n_raters",
          "n_straightliners",
          "n_single_department_raters",
          "n_zero_variance_raters");

  /** {@code street_rating_given}. */
  public static final List<String> STREET_RATING_GIVEN =
      List.of(
          "period",
          "street_code",
          "street_name",
          "n_raters",
          "mean_score_given",
          "n_departments_rated",
          "n_ratings");

  private DepartmentColumns() {}

  private static List<String> departmentRating() {
    List<String> names = new ArrayList<>(List.of("period", "department_code", "department_name"));
    for (RaterGroup group : RaterGroup.values()) {
      names.add(group.scoreColumn());
    }
    names.addAll(
        List.of("satisfaction_score", "objective_score", "total_score", "rank", "grade", "flags"));
    names.add("satisfaction_weight");
    for (RaterGroup group : RaterGroup.values()) {
      names.add(group.countColumn());
    }
    names.addAll(
        List.of(
            "n_raters",
            "n_straightliners",
            "satisfaction_score_standardised",
            "total_score_standardised",
            "rank_standardised",
            "satisfaction_score_equal_weights",
            "total_score_equal_weights",
            "rank_equal_weights"));
    return List.copyOf(names);
  }
}
