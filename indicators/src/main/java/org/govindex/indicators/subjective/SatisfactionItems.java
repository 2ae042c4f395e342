package org.govindex.indicators.subjective;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govindex.contract.Messages;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.registry.Registry;
import org.govindex.indicators.survey.ItemLevel;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.indicators.survey.QuestionnaireItem;

/**
 * The {@code satisfaction_items} table (methodology §1): per unit and item, score = mean of the
 * scored answers, n_scored = number of scored answers, n_dont_know = number of 不了解 answers.
 * Community items are reported per community (over its valid respondents), street items per street
 * (over the respondents of its communities, pooled). A unit and item without any answer has no row.
 * level_mean = the mean score of the item over the units of its level that have one (each unit
 * counts once, as {@code level_mean} of {@code appraisal_contributions}), so that a scorecard can
 * set a unit's answer to each question beside its peers'. Rows are ordered by level (community
 * first), unit_code and item_code.
 */
final class SatisfactionItems {

  private SatisfactionItems() {}

  static Table table(
      Registry registry, Questionnaire questionnaire, List<ItemTally> tallies, String period) {
    Map<String, ItemLevel> levels = new HashMap<>();
    for (QuestionnaireItem item : questionnaire.items()) {
      levels.put(item.code(), item.level());
    }
    Map<String, Registry.Community> communities = registry.communitiesByCode();
    Map<String, Map<String, double[]>> community = new TreeMap<>();
    Map<String, Map<String, double[]>> street = new TreeMap<>();
    for (ItemTally t : tallies) {
      ItemLevel level = levels.get(t.itemCode());
      Registry.Community c = communities.get(t.communityCode());
      if (level == null || c == null) {
        throw new SubjectiveInputException(
            Messages.text("subjective.unknown-item", t.itemCode(), t.communityCode()));
      }
      String unit = level == ItemLevel.COMMUNITY ? c.code() : c.streetCode();
      Map<String, Map<String, double[]>> byUnit = level == ItemLevel.COMMUNITY ? community : street;
      double[] sums =
          byUnit
              .computeIfAbsent(unit, k -> new TreeMap<>())
              .computeIfAbsent(t.itemCode(), k -> new double[3]);
      sums[0] += t.scoreSum();
      sums[1] += t.nScored();
      sums[2] += t.nDontKnow();
    }
    Table.Builder out = Table.builder(Results.SATISFACTION_ITEMS);
    add(out, UnitLevel.COMMUNITY, community, period);
    add(out, UnitLevel.STREET, street, period);
    return out.build();
  }

  private static void add(
      Table.Builder out,
      UnitLevel level,
      Map<String, Map<String, double[]>> byUnit,
      String period) {
    Map<String, double[]> means = new HashMap<>();
    byUnit
        .values()
        .forEach(
            items ->
                items.forEach(
                    (item, sums) -> {
                      if (sums[1] > 0) {
                        double[] m = means.computeIfAbsent(item, k -> new double[2]);
                        m[0] += sums[0] / sums[1];
                        m[1]++;
                      }
                    }));
    byUnit.forEach(
        (unit, items) ->
            items.forEach(
                (item, sums) -> {
                  double[] m = means.get(item);
                  out.row()
                      .set("period", period)
                      .set("level", level.code())
                      .set("unit_code", unit)
                      .set("item_code", item)
                      .set("score", sums[1] > 0 ? sums[0] / sums[1] : null)
                      .set("n_scored", (long) sums[1])
                      .set("n_dont_know", (long) sums[2])
                      .set("level_mean", m == null ? null : m[0] / m[1])
                      .add();
                }));
  }
}
