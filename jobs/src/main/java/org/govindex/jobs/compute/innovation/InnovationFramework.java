package org.govindex.jobs.compute.innovation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
          framework.source()
              + ": no computation for indicator(s) "
              + String.join(", ", unknown)
              + "; computable: "
              + String.join(", ", IndicatorSources.all()));
    }
    if (recipe.time() != null) {
      throw new InnovationConfigException(
          "innovation recipe: 'time' is chosen by the job (one build per year); remove it");
    }
  }

  /** Codes of the dimensions (children of the root), in META order. */
  public List<String> dimensions() {
    return framework.children(framework.root().code()).stream().map(FrameworkNode::code).toList();
  }

  /** Code of the index (the root). */
  public String indexCode() {
    return framework.root().code();
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
      throw new UncheckedIOException("cannot read the bundled innovation framework", e);
    }
  }

  static Reader resource(String name) {
    InputStream in = InnovationFramework.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new InnovationConfigException("classpath resource " + name + " is missing");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
