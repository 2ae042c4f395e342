package org.govindex.indicators.appraisal;

import java.util.Map;
import java.util.Optional;
import org.govindex.contract.Messages;
import org.govindex.contract.UnitLevel;

/**
 * The policy rules of methodology §3 that configuration cannot change (Nanjing 2014 plan, item 17):
 *
 * <ul>
 *   <li>the weight w of the residents' subjective evaluation in T = w·S + (1 − w)·O is at least 0.7
 *       for communities and at least 0.5 for streets;
 *   <li>economic indicators (招商引资, 固定资产投资, 社会消费品零售总额, 财税) carry weight 0 for streets of a 中心城区
 *       district.
 * </ul>
 */
public final class PolicyRules {

  /**
   * The subjective-weight floors in the policy's own words, which name the rule ({@link
   * PolicyViolationException#rule()}) and are cited by the methodology document; a message shows
   * the rule in the user's language ({@link #subjectiveWeightRuleText()}).
   */
  public static final String SUBJECTIVE_WEIGHT_RULE = "群众主观评价权重不低于街道50%、社区70%";

  /** The central-street economic exclusion in the policy's own words (see above). */
  public static final String CENTRAL_STREET_ECONOMIC_RULE = "中心城区街道取消经济指标考核";

  /** Floor of the community subjective weight. */
  public static final double COMMUNITY_SUBJECTIVE_FLOOR = 0.7;

  /** Floor of the street subjective weight. */
  public static final double STREET_SUBJECTIVE_FLOOR = 0.5;

  private static final Map<UnitLevel, Double> FLOORS =
      Map.of(
          UnitLevel.COMMUNITY, COMMUNITY_SUBJECTIVE_FLOOR,
          UnitLevel.STREET, STREET_SUBJECTIVE_FLOOR);

  private PolicyRules() {}

  /** The subjective-weight floors as a message shows them, in the user's language. */
  public static String subjectiveWeightRuleText() {
    return Messages.text("appraisal.policy.rule.subjective-weight");
  }

  /** The central-street economic exclusion as a message shows it, in the user's language. */
  public static String centralStreetEconomicRuleText() {
    return Messages.text("appraisal.policy.rule.central-street-economic");
  }

  /** The floor of the subjective weight at a level; departments have none. */
  public static Optional<Double> subjectiveWeightFloor(UnitLevel level) {
    return Optional.ofNullable(FLOORS.get(level));
  }

  /**
   * Refuses a subjective weight below its level's floor.
   *
   * @throws PolicyViolationException naming rule, level, value and floor
   */
  public static void checkSubjectiveWeight(
      String origin, int line, UnitLevel level, double weight) {
    Optional<Double> floor = subjectiveWeightFloor(level);
    if (floor.isPresent() && weight < floor.get()) {
      throw new PolicyViolationException(
          origin,
          line,
          SUBJECTIVE_WEIGHT_RULE,
          level.code(),
          weight,
          floor.get(),
          Messages.text(
              "appraisal.policy.subjective-floor",
              subjectiveWeightRuleText(),
              level.code(),
              String.valueOf(weight),
              String.valueOf(floor.get())));
    }
  }

  /**
   * Refuses a positive weight of an economic indicator for 中心城区 streets.
   *
   * @throws PolicyViolationException naming rule, level, value and the required 0
   */
  public static void checkCentralStreetEconomicWeight(
      String origin, int line, String indicatorCode, double weight) {
    if (weight != 0.0) {
      throw new PolicyViolationException(
          origin,
          line,
          CENTRAL_STREET_ECONOMIC_RULE,
          "street (中心城区)",
          weight,
          0.0,
          Messages.text(
              "appraisal.policy.central-street-economic",
              centralStreetEconomicRuleText(),
              indicatorCode,
              String.valueOf(weight),
              String.valueOf(0.0)));
    }
  }
}
