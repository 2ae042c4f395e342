package org.govindex.indicators.innovation;

import java.util.Map;
import java.util.Objects;
import org.govindex.contract.Datasets;
import org.govindex.contract.Messages;
import org.govindex.contract.Table;
import org.govindex.indicators.registry.Registry;

/**
 * What the innovation index and the awards read. Only registered communities enter the index; rows
 * of other communities are ignored.
 *
 * @param registry the registered districts, streets and communities (names, parents, 户数, 常住人口)
 * @param objective year → community code → indicator code → raw value of the community-level
 *     objective indicators of methodology §2 that the framework uses ({@link
 *     InnovationFramework#objectiveIndicators()}), computed for every scored year ({@link
 *     InnovationIndex#years}) with the formulas of the objective scoring at community level ({@link
 *     InnovationFramework#objectiveCatalogue()}); every scored year must have a map (empty when no
 *     community has a value) when the framework uses an objective indicator; an absent, {@code
 *     null} or NaN value is no value
 * @param communityFacts all rows of {@link Datasets#COMMUNITY_FACTS} (every year)
 * @param projects all rows of {@link Datasets#PROJECTS} (every year)
 * @param survey community code → its survey in the period; an absent community has no S and no
 *     valid response
 */
public record InnovationInputs(
    Registry registry,
    Map<Integer, Map<String, Map<String, Double>>> objective,
    Table communityFacts,
    Table projects,
    Map<String, SurveyScore> survey) {

  public InnovationInputs {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(survey, "survey");
    objective = Map.copyOf(objective);
    survey = Map.copyOf(survey);
    expect(communityFacts, Datasets.COMMUNITY_FACTS.name());
    expect(projects, Datasets.PROJECTS.name());
  }

  private static void expect(Table table, String dataset) {
    Objects.requireNonNull(table, dataset);
    if (!table.spec().name().equals(dataset)) {
      throw new IllegalArgumentException(
          Messages.text("innovation.wrongDataset", dataset, table.spec().name()));
    }
  }
}
