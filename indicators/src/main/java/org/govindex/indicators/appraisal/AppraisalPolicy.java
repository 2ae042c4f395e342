package org.govindex.indicators.appraisal;

import java.io.Reader;
import java.io.StringReader;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.grading.GradeThresholds;

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
 * @param minimumObjectiveCoverage the least share of a unit's weighted indicators that must have a
 *     value for its O to count (default {@link #DEFAULT_OBJECTIVE_COVERAGE}): below it the unit
 *     keeps its scores but gets no rank and no grade (flag {@code low_objective_coverage}), so that
 *     no unit is graded on an O built from little or no data
 */
public record AppraisalPolicy(
    Map<UnitLevel, Double> subjectiveWeights,
    GradeThresholds gradeThresholds,
    int minimumSampleCommunity,
    int minimumSampleStreet,
    OptionalDouble excellentQuota,
    DepartmentRatingPolicy departmentRating,
    double minimumObjectiveCoverage) {

  /** Default least share of weighted indicators with a value. */
  public static final double DEFAULT_OBJECTIVE_COVERAGE = 0.5;

  /** A policy with the default objective coverage. */
  public AppraisalPolicy(
      Map<UnitLevel, Double> subjectiveWeights,
      GradeThresholds gradeThresholds,
      int minimumSampleCommunity,
      int minimumSampleStreet,
      OptionalDouble excellentQuota,
      DepartmentRatingPolicy departmentRating) {
    this(
        subjectiveWeights,
        gradeThresholds,
        minimumSampleCommunity,
        minimumSampleStreet,
        excellentQuota,
        departmentRating,
        DEFAULT_OBJECTIVE_COVERAGE);
  }

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
    EnumMap<UnitLevel, Double> copy = new EnumMap<>(UnitLevel.class);
    copy.putAll(subjectiveWeights);
    for (UnitLevel level : AppraisedLevels.ALL) {
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
    if (!(minimumObjectiveCoverage >= 0.0 && minimumObjectiveCoverage <= 1.0)) {
      throw new IllegalArgumentException(
          "minimum_objective_coverage must be a share in [0, 1], got " + minimumObjectiveCoverage);
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
  public double subjectiveWeight(UnitLevel level) {
    return subjectiveWeights.get(level);
  }

  /** The minimum sample of a level; departments have none (0). */
  public int minimumSample(UnitLevel level) {
    return switch (level) {
      case COMMUNITY -> minimumSampleCommunity;
      case STREET -> minimumSampleStreet;
      case DEPARTMENT, DISTRICT -> 0;
    };
  }

  private static Map<UnitLevel, Double> defaultWeights() {
    Map<UnitLevel, Double> weights = new EnumMap<>(UnitLevel.class);
    weights.put(UnitLevel.COMMUNITY, 0.7);
    weights.put(UnitLevel.STREET, 0.5);
    weights.put(UnitLevel.DEPARTMENT, 0.5);
    return weights;
  }
}
