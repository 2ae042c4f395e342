package org.govindex.indicators.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Flag;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.registry.Registry;

/**
 * The {@code survey_quality} table (issue 4): per community and per street, signals of doubtful
 * resident-survey collection, flagged for the analyst. Nothing is dropped or re-weighted: the flags
 * only point the analyst to units whose surveys deserve a call-back or a review.
 *
 * <p>From the counts of each unit ({@link QualityCounts}): speeder_share = n_speeders /
 * n_responses, duplicate_share = n_duplicate_phones / n_responses, straightliner_share =
 * n_straightliners / n_valid, burst_share = n_burst_responses / n_responses, dont_know_share = 不了解
 * answers / non-skipped answers. A share whose denominator is zero is null and sets no flag. Flags,
 * in this order, each when its share strictly exceeds its threshold: {@code many_speeders}, {@code
 * many_duplicates}, {@code many_straightliners}, {@code ip_burst}, {@code many_dont_know}; then
 * {@code suspicious_survey} when any is set. Street counts pool the responses of the street's
 * communities (a burst may span communities, so a street's max_ip_burst can exceed its
 * communities'). Every registered community and street gets a row, zero counts without responses;
 * community rows then street rows, each by unit_code.
 */
public final class SurveyQuality {

  private SurveyQuality() {}

  /**
   * The table.
   *
   * @param communities counts per community (units without responses may be absent)
   * @param streets counts per street
   */
  public static Table table(
      Registry registry,
      List<QualityCounts> communities,
      List<QualityCounts> streets,
      SurveyQualitySettings settings) {
    Table.Builder out = Table.builder(Results.SURVEY_QUALITY);
    add(
        out,
        UnitLevel.COMMUNITY,
        codes(registry.communities(), Registry.Community::code),
        communities,
        settings);
    add(out, UnitLevel.STREET, codes(registry.streets(), Registry.Street::code), streets, settings);
    return out.build();
  }

  private static <T> List<String> codes(
      List<T> units, java.util.function.Function<T, String> code) {
    return units.stream().map(code).toList();
  }

  private static void add(
      Table.Builder out,
      UnitLevel level,
      List<String> units,
      List<QualityCounts> counts,
      SurveyQualitySettings s) {
    Map<String, QualityCounts> byUnit = new HashMap<>();
    counts.forEach(c -> byUnit.put(c.unitCode(), c));
    for (String unit : units) {
      QualityCounts c =
          byUnit.getOrDefault(
              unit, new QualityCounts(unit, 0, 0, 0, 0, 0, IpBursts.Result.NONE, 0, 0));
      Double speeders = share(c.nSpeeders(), c.nResponses());
      Double duplicates = share(c.nDuplicatePhones(), c.nResponses());
      Double straightliners = share(c.nStraightliners(), c.nValid());
      Double bursts = share(c.bursts().responsesInBursts(), c.nResponses());
      Double dontKnow = share(c.dontKnowAnswers(), c.answeredAnswers());
      List<String> flags = new ArrayList<>();
      flag(flags, speeders, s.speederShareThreshold(), Flag.MANY_SPEEDERS);
      flag(flags, duplicates, s.duplicateShareThreshold(), Flag.MANY_DUPLICATES);
      flag(flags, straightliners, s.straightlinerShareThreshold(), Flag.MANY_STRAIGHTLINERS);
      flag(flags, bursts, s.burstShareThreshold(), Flag.IP_BURST);
      flag(flags, dontKnow, s.dontKnowShareThreshold(), Flag.MANY_DONT_KNOW);
      if (!flags.isEmpty()) {
        flags.add(Flag.SUSPICIOUS_SURVEY.code());
      }
      out.row()
          .set("period", s.period())
          .set("level", level.code())
          .set("unit_code", unit)
          .set("n_responses", c.nResponses())
          .set("n_valid", c.nValid())
          .set("n_speeders", c.nSpeeders())
          .set("speeder_share", speeders)
          .set("n_duplicate_phones", c.nDuplicatePhones())
          .set("duplicate_share", duplicates)
          .set("n_straightliners", c.nStraightliners())
          .set("straightliner_share", straightliners)
          .set("max_ip_burst", c.bursts().maxBurst())
          .set("n_burst_responses", c.bursts().responsesInBursts())
          .set("burst_share", bursts)
          .set("dont_know_share", dontKnow)
          .set("flags", Flag.join(flags))
          .add();
    }
  }

  private static Double share(long numerator, long denominator) {
    return denominator > 0 ? (double) numerator / (double) denominator : null;
  }

  private static void flag(List<String> flags, Double share, double threshold, Flag flag) {
    if (share != null && share > threshold) {
      flags.add(flag.code());
    }
  }
}
