package org.govindex.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules across the columns of one ingested row ({@link Datasets}): a row that breaks one is
 * rejected with reason {@code inconsistent} ({@link RejectReason#INCONSISTENT}). A rule with an
 * empty cell among its columns does not apply. Declared once here; the validator checks them.
 */
public final class ConsistencyRules {

  /** One rule on the columns of a dataset. */
  public sealed interface Rule {
    /** The dataset name. */
    String dataset();
  }

  /** The time or date {@code later} is not before {@code earlier}. */
  public record NotBefore(String dataset, String later, String earlier) implements Rule {}

  /** The number {@code part} is at most the number {@code whole}. */
  public record AtMost(String dataset, String part, String whole) implements Rule {}

  /** The number {@code column} is in [{@code min}, {@code max}] (a percentage in 0-100). */
  public record Within(String dataset, String column, double min, double max) implements Rule {}

  private static final String ORDERS = Datasets.HOTLINE_ORDERS.name();
  private static final String FACTS = Datasets.COMMUNITY_FACTS.name();

  /** Every rule, in checking order per dataset (the first broken one gives the reason). */
  public static final List<Rule> ALL =
      List.of(
          new NotBefore(ORDERS, "signed_at", "called_at"),
          new NotBefore(ORDERS, "closed_at", "called_at"),
          new NotBefore(ORDERS, "close_deadline", "called_at"),
          new NotBefore(Datasets.MEDIATION_CASES.name(), "closed_on", "accepted_on"),
          new AtMost(Datasets.MEDIATION_SUMMARY.name(), "succeeded", "accepted"),
          new AtMost(FACTS, "certified_workers", "staff"),
          new AtMost(FACTS, "office_area", "service_area"),
          new Within(FACTS, "turnout_pct", 0, 100),
          new Within(FACTS, "online_share_pct", 0, 100));

  private static final Map<String, List<Rule>> BY_DATASET = byDataset();

  private ConsistencyRules() {}

  /** The rules of one dataset (empty when it has none). */
  public static List<Rule> of(String dataset) {
    return BY_DATASET.getOrDefault(dataset, List.of());
  }

  private static Map<String, List<Rule>> byDataset() {
    Map<String, List<Rule>> out = new TreeMap<>();
    for (Rule rule : ALL) {
      out.computeIfAbsent(rule.dataset(), k -> new ArrayList<>()).add(rule);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }
}
