package org.govindex.indicators.index.engine;

import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.recipe.Recipe;

/**
 * Builds a composite index: denominate, impute, screen, treat, transform, normalise, aggregate, as
 * the recipe says. Everything is checked before anything runs (see {@link IndexPlan}).
 */
public final class IndexEngine {

  private IndexEngine() {}

  public static IndexResult build(Framework framework, UnitTable data, Recipe recipe) {
    return IndexPlan.compile(framework, data, recipe).run();
  }
}
