package org.govindex.indicators.objective;

import java.util.List;
import java.util.Objects;
import org.govindex.contract.Datasets;
import org.govindex.contract.Messages;
import org.govindex.contract.Table;
import org.govindex.indicators.registry.Registry;

/**
 * What the objective indicators are computed from: the registry, the work orders and mediation
 * cases reduced to tallies per year and area or handler, and the small tables read whole (the
 * mediation summary, the community and street facts of every year).
 *
 * @param orders {@link OrderTally} rows: by (year, street, community) and by (year, handler)
 * @param cases {@link CaseTally} rows by (year, street, community)
 * @param mediationSummary {@link Datasets#MEDIATION_SUMMARY}
 * @param communityFacts {@link Datasets#COMMUNITY_FACTS}
 * @param streetFacts {@link Datasets#STREET_FACTS}
 */
public record ObjectiveSources(
    Registry registry,
    List<OrderTally> orders,
    List<CaseTally> cases,
    Table mediationSummary,
    Table communityFacts,
    Table streetFacts) {

  public ObjectiveSources {
    Objects.requireNonNull(registry, "registry");
    orders = List.copyOf(orders);
    cases = List.copyOf(cases);
    requireSpec(mediationSummary, Datasets.MEDIATION_SUMMARY.name());
    requireSpec(communityFacts, Datasets.COMMUNITY_FACTS.name());
    requireSpec(streetFacts, Datasets.STREET_FACTS.name());
  }

  private static void requireSpec(Table table, String name) {
    if (!table.spec().name().equals(name)) {
      throw new IllegalArgumentException(
          Messages.text("objective.sources.wrong-table", name, table.spec().name()));
    }
  }
}
