package org.govindex.indicators.department;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.govindex.contract.Messages;
import org.govindex.contract.Results;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.appraisal.AppraisalPolicy;
import org.govindex.indicators.appraisal.DepartmentRatingPolicy;

/**
 * Settings of the dual-direction department rating (methodology §4).
 *
 * <p>Department satisfaction {@code S = Σ w_g·G_g / Σ w_g} over the rater groups g present (at
 * least {@code minimumRaters} raters for the department); total {@code T = w_d·S + (1 − w_d)·O}.
 *
 * @param period the appraisal period, a calendar year such as {@code 2026}
 * @param groupWeights weight w_g per rater group, non-negative, finite, not all zero; a group left
 *     out weighs 0 (its score is still reported)
 * @param minimumRaters fewest raters of a group for a department (default 3)
 * @param satisfactionWeight w_d, the weight of satisfaction in the total (default 0.5)
 * @param satisfactionWeightFloor the lowest w_d accepted (default {@link
 *     #DEFAULT_SATISFACTION_WEIGHT_FLOOR}); a w_d below it is refused
 */
public record DepartmentRatingSettings(
    String period,
    Map<RaterGroup, Double> groupWeights,
    int minimumRaters,
    double satisfactionWeight,
    double satisfactionWeightFloor) {

  /**
   * Floor of w_d until the appraisal policy carries one: the issue asks that public satisfaction
   * weigh at least as much as the objective part in a department's appraisal (双向考评), so w_d ≥ 0.5.
   * {@link AppraisalPolicy} has no such setting yet (methodology §3 floors cover communities and
   * streets only); this constant stands in for it.
   */
  public static final double DEFAULT_SATISFACTION_WEIGHT_FLOOR = 0.5;

  /** Default w_d (methodology §4). */
  public static final double DEFAULT_SATISFACTION_WEIGHT = 0.5;

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  public DepartmentRatingSettings {
    if (period == null || !YEAR.matcher(period).matches()) {
      throw new DepartmentSettingsException(Messages.text("settings.period", period));
    }
    EnumMap<RaterGroup, Double> weights = new EnumMap<>(RaterGroup.class);
    double total = 0.0;
    for (RaterGroup group : RaterGroup.values()) {
      Double w = groupWeights.getOrDefault(group, 0.0);
      if (w == null || !(w >= 0.0) || w.isInfinite()) {
        throw new DepartmentSettingsException(
            Messages.text("department.settings.group-weight", group.label(), w));
      }
      weights.put(group, w);
      total += w;
    }
    if (!(total > 0.0)) {
      throw new DepartmentSettingsException(Messages.text("department.settings.all-zero"));
    }
    groupWeights = Collections.unmodifiableMap(weights);
    if (minimumRaters < 1) {
      throw new DepartmentSettingsException(
          Messages.text("department.settings.minimum-raters", minimumRaters));
    }
    if (!(satisfactionWeightFloor >= 0.0 && satisfactionWeightFloor <= 1.0)) {
      throw new DepartmentSettingsException(
          Messages.text("department.settings.floor-range", satisfactionWeightFloor));
    }
    if (!(satisfactionWeight >= 0.0 && satisfactionWeight <= 1.0)) {
      throw new DepartmentSettingsException(
          Messages.text("department.settings.weight-range", satisfactionWeight));
    }
    if (satisfactionWeight < satisfactionWeightFloor) {
      throw new DepartmentSettingsException(
          Messages.text(
              "department.settings.policy-floor", satisfactionWeight, satisfactionWeightFloor));
    }
  }

  /** The methodology defaults for a period. */
  public static DepartmentRatingSettings defaults(String period) {
    return fromPolicy(AppraisalPolicy.DEFAULT, period);
  }

  /**
   * The settings of an appraisal policy: group weights and minimum raters of its {@code
   * department_rating}, w_d = its {@code subjective_weight.department}, the default floor.
   *
   * @throws DepartmentSettingsException when a group weight names no known rater group
   */
  public static DepartmentRatingSettings fromPolicy(AppraisalPolicy policy, String period) {
    DepartmentRatingPolicy rating = policy.departmentRating();
    EnumMap<RaterGroup, Double> weights = new EnumMap<>(RaterGroup.class);
    for (Map.Entry<String, Double> e : rating.groupWeights().entrySet()) {
      RaterGroup group =
          RaterGroup.fromLabel(e.getKey())
              .orElseThrow(
                  () ->
                      new DepartmentSettingsException(
                          Messages.text(
                              "department.settings.unknown-group",
                              e.getKey(),
                              String.join(", ", Results.RATER_GROUPS.values()))));
      weights.put(group, e.getValue());
    }
    return new DepartmentRatingSettings(
        period,
        weights,
        rating.minimumRaters(),
        policy.subjectiveWeight(UnitLevel.DEPARTMENT),
        DEFAULT_SATISFACTION_WEIGHT_FLOOR);
  }

  /** The weight of a group (0 when not configured). */
  public double weight(RaterGroup group) {
    return groupWeights.get(group);
  }

  /** Equal weights (1 each) for the four groups: the comparison of {@code rank_equal_weights}. */
  public static Map<RaterGroup, Double> equalWeights() {
    EnumMap<RaterGroup, Double> weights = new EnumMap<>(RaterGroup.class);
    for (RaterGroup group : RaterGroup.values()) {
      weights.put(group, 1.0);
    }
    return Collections.unmodifiableMap(weights);
  }
}
