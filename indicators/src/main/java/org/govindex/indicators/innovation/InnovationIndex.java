package org.govindex.indicators.innovation;

import java.util.List;
import org.govindex.contract.Results;
import org.govindex.contract.Table;

/**
 * Entry point of the community governance and service innovation index and of 以奖代补 (methodology
 * §5-§6; docs/innovation-index.md).
 *
 * <ol>
 *   <li>The community × indicator panel of the scored years ({@link #years}) is assembled from the
 *       handed-over objective raw values, {@code community_facts}, {@code projects} and the
 *       period's S ({@link CommunityIndicators}).
 *   <li>The index engine scores every year ({@link InnovationScoring}).
 *   <li>Projects of the period are scored, graded and awarded ({@link ProjectAward}), and totalled
 *       per community, street and district ({@link Awards}).
 * </ol>
 */
public final class InnovationIndex {

  private InnovationIndex() {}

  /**
   * The scored years: the years of {@code community_facts} from the base year (setting, else the
   * earliest year of the facts) up to the period, and the period, ascending. The objective raw
   * values must be handed over for each of them.
   *
   * @param communityFacts all rows of {@code community_facts}
   * @throws InnovationInputException when {@code community_facts} has no row for the base year
   */
  public static List<Integer> years(Table communityFacts, InnovationSettings settings) {
    return CommunityIndicators.years(communityFacts, settings);
  }

  /** Computes the four innovation tables. */
  public static InnovationTables compute(InnovationInputs inputs, InnovationSettings settings) {
    List<Integer> years = years(inputs.communityFacts(), settings);
    IndicatorPanel panel = CommunityIndicators.collect(inputs, settings, years);
    InnovationScoring.Result result =
        InnovationScoring.score(settings.framework(), panel, inputs.registry());
    Table.Builder index =
        Table.builder(Results.innovationIndex(settings.framework().dimensionNames()));
    result.index().forEach(r -> r.addTo(index));
    Table.Builder coherence = Table.builder(Results.INNOVATION_COHERENCE);
    result.coherence().forEach(r -> r.addTo(coherence));
    List<ProjectAward> awards = Awards.of(inputs.projects(), settings);
    Table.Builder awardTable = Table.builder(Results.AWARDS);
    awards.forEach(a -> a.addTo(awardTable));
    return new InnovationTables(
        index.build(),
        coherence.build(),
        awardTable.build(),
        Awards.byUnit(settings.period(), awards, inputs.registry()));
  }
}
