package org.govindex.indicators.innovation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.appraisal.IndicatorDefinition;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.govindex.indicators.index.framework.FrameworkParser;
import org.govindex.indicators.index.recipe.Recipe;
import org.govindex.indicators.index.recipe.RecipeParser;

/**
 * The innovation index framework (META, {@value #META_RESOURCE}) and its recipe ({@value
 * #RECIPE_RESOURCE}), checked against the indicators this product can compute per community ({@link
 * IndicatorSources}). The dimensions are the children of the root; the index is the root.
 *
 * @param framework the indicator → dimension → index tree with weights and goalposts
 * @param recipe the engine recipe, including the uncertainty design
 */
public record InnovationFramework(Framework framework, Recipe recipe) {

  public static final String META_RESOURCE = "govindex/config/innovation-meta.csv";
  public static final String RECIPE_RESOURCE = "govindex/config/innovation-recipe.yaml";

  public InnovationFramework {
    List<String> unknown = new ArrayList<>();
    for (FrameworkNode n : framework.indicators()) {
      if (!IndicatorSources.computable(n.code())) {
        unknown.add(n.code());
      }
    }
    if (!unknown.isEmpty()) {
      throw new InnovationConfigException(
          Messages.text(
              "innovation.noComputation",
              framework.source(),
              String.join(", ", unknown),
              String.join(", ", IndicatorSources.all())));
    }
    if (recipe.time() != null) {
      throw new InnovationConfigException(Messages.text("innovation.time"));
    }
  }

  /** Codes of the dimensions (children of the root), in META order. */
  public List<String> dimensions() {
    return framework.children(framework.root().code()).stream().map(FrameworkNode::code).toList();
  }

  /**
   * Dimension code → Chinese name (META {@code iName}), in META order: the argument of {@link
   * org.govindex.contract.Results#innovationIndex}.
   */
  public Map<String, String> dimensionNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (FrameworkNode n : framework.children(framework.root().code())) {
      names.put(n.code(), n.name());
    }
    return Collections.unmodifiableMap(names);
  }

  /** Code of the index (the root). */
  public String indexCode() {
    return framework.root().code();
  }

  /**
   * The objective indicators of methodology §2 that the framework uses ({@link
   * IndicatorSources#OBJECTIVE} order): their community raw values must be handed over for every
   * scored year.
   */
  public List<String> objectiveIndicators() {
    Set<String> used = new HashSet<>();
    framework.indicators().forEach(n -> used.add(n.code()));
    return IndicatorSources.OBJECTIVE.stream().filter(used::contains).toList();
  }

  /**
   * The appraisal catalogue that computes {@link #objectiveIndicators()} at community level: the
   * bundled catalogue's definitions (formula, direction, goalposts) restricted to the community
   * level with weight 1. Only the raw values are used; goalposts and weights do not matter.
   *
   * @throws InnovationConfigException when an indicator is not in the bundled catalogue
   */
  public AppraisalCatalogue objectiveCatalogue() {
    AppraisalCatalogue bundled = AppraisalConfiguration.bundledDefaults().catalogue();
    List<IndicatorDefinition> definitions = new ArrayList<>();
    for (String code : objectiveIndicators()) {
      IndicatorDefinition d =
          bundled
              .indicator(code)
              .orElseThrow(
                  () ->
                      new InnovationConfigException(
                          Messages.text("innovation.notInCatalogue", framework.source(), code)));
      definitions.add(
          new IndicatorDefinition(
              d.code(),
              d.name(),
              Set.of(UnitLevel.COMMUNITY),
              d.direction(),
              d.goalposts(),
              Map.of(UnitLevel.COMMUNITY, 1.0),
              null,
              false,
              d.unit(),
              d.goalpostSource()));
    }
    return new AppraisalCatalogue(definitions);
  }

  /** Parses META and recipe; the origins name them in messages. */
  public static InnovationFramework parse(
      Reader meta, String metaOrigin, Reader recipe, String recipeOrigin) {
    try {
      return new InnovationFramework(
          FrameworkParser.parse(meta, metaOrigin), RecipeParser.parse(recipe, recipeOrigin));
    } catch (IndexSpecException e) {
      throw new InnovationConfigException(e.getMessage(), e);
    }
  }

  /** The bundled default framework and recipe. */
  public static InnovationFramework bundled() {
    try (Reader meta = resource(META_RESOURCE);
        Reader recipe = resource(RECIPE_RESOURCE)) {
      return parse(meta, META_RESOURCE, recipe, RECIPE_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("innovation.cannotReadBundledFramework"), e);
    }
  }

  static Reader resource(String name) {
    InputStream in = InnovationFramework.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new InnovationConfigException(Messages.text("config.missingResource", name));
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
