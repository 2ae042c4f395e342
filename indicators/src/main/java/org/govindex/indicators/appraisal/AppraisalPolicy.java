package org.govindex.indicators.appraisal;

import java.io.Reader;
import java.io.StringReader;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The appraisal settings of {@code appraisal.yaml} (methodology §1, §3, §4): the subjective weight
 * w per level in {@code T = w·S + (1 − w)·O}, grade thresholds, minimum samples, the optional 优秀
 * quota and the department rating settings. See {@link AppraisalPolicyParser} for the keys.
 *
 * <p>The policy floors of {@link PolicyRules} are enforced here too, so no code path can build a
 * policy below them.
 *
 * @param subjectiveWeights w per level, in [0, 1]; community ≥ 0.7 and street ≥ 0.5 by policy
 * @param gradeThresholds 优秀/良好/合格 bands
 * @param minimumSampleCommunity fewest valid responses of a ranked community (default 30)
 * @param minimumSampleStreet fewest valid responses of a ranked street (default 100)
 * @param excellentQuota optional cap on the share of ranked units graded 优秀, in (0, 1]
 * @param departmentRating rater-group weights and minimum raters
 */
public record AppraisalPolicy(
    Map<AppraisalLevel, Double> subjectiveWeights,
    GradeThresholds gradeThresholds,
    int minimumSampleCommunity,
    int minimumSampleStreet,
    OptionalDouble excellentQuota,
    DepartmentRatingPolicy departmentRating) {

  /** The methodology defaults. */
  public static final AppraisalPolicy DEFAULT =
      new AppraisalPolicy(
          defaultWeights(),
          GradeThresholds.DEFAULT,
          30,
          100,
          OptionalDouble.empty(),
          DepartmentRatingPolicy.DEFAULT);

  public AppraisalPolicy {
    EnumMap<AppraisalLevel, Double> copy = new EnumMap<>(AppraisalLevel.class);
    copy.putAll(subjectiveWeights);
    for (AppraisalLevel level : AppraisalLevel.values()) {
      Double w = copy.get(level);
      if (w == null || !(w >= 0.0 && w <= 1.0)) {
        throw new IllegalArgumentException(
            "subjective weight of " + level.code() + " must be in [0, 1], got " + w);
      }
      PolicyRules.checkSubjectiveWeight("AppraisalPolicy", 0, level, w);
    }
    subjectiveWeights = Collections.unmodifiableMap(copy);
    if (minimumSampleCommunity < 1 || minimumSampleStreet < 1) {
      throw new IllegalArgumentException(
          "minimum samples must be >= 1, got community="
              + minimumSampleCommunity
              + " street="
              + minimumSampleStreet);
    }
    if (excellentQuota.isPresent()
        && !(excellentQuota.getAsDouble() > 0.0 && excellentQuota.getAsDouble() <= 1.0)) {
      throw new IllegalArgumentException(
          "excellent_quota must be in (0, 1], got " + excellentQuota.getAsDouble());
    }
  }

  /** Parses and validates {@code appraisal.yaml}; {@code origin} names the file in messages. */
  public static AppraisalPolicy parse(Reader yaml, String origin) {
    return AppraisalPolicyParser.parse(yaml, origin);
  }

  /** Parses YAML text (see {@link #parse(Reader, String)}). */
  public static AppraisalPolicy parse(String yaml, String origin) {
    return parse(new StringReader(yaml), origin);
  }

  /** The weight w of S in T = w·S + (1 − w)·O at a level. */
  public double subjectiveWeight(AppraisalLevel level) {
    return subjectiveWeights.get(level);
  }

  /** The minimum sample of a level; departments have none (0). */
  public int minimumSample(AppraisalLevel level) {
    return switch (level) {
      case COMMUNITY -> minimumSampleCommunity;
      case STREET -> minimumSampleStreet;
      case DEPARTMENT -> 0;
    };
  }

  private static Map<AppraisalLevel, Double> defaultWeights() {
    Map<AppraisalLevel, Double> weights = new EnumMap<>(AppraisalLevel.class);
    weights.put(AppraisalLevel.COMMUNITY, 0.7);
    weights.put(AppraisalLevel.STREET, 0.5);
    weights.put(AppraisalLevel.DEPARTMENT, 0.5);
    return weights;
  }
}
