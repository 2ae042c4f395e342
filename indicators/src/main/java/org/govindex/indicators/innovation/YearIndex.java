package org.govindex.indicators.innovation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.engine.IndexPlan;
import org.govindex.indicators.index.engine.IndexResult;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.recipe.Recipe;
import org.govindex.indicators.index.uncertainty.UncertaintyAnalysis;
import org.govindex.indicators.index.uncertainty.UncertaintyResult;
import org.govindex.indicators.index.uncertainty.UnitRankInterval;

/**
 * The level index of one year, built by the index engine on the framework restricted to the
 * indicators that have data that year, with the engine's Monte Carlo rank intervals when the recipe
 * declares an uncertainty design.
 *
 * @param year the year
 * @param framework the framework as scored (may lack indicators without data that year)
 * @param complete whether the framework is the full one
 * @param plan the compiled plan (for the coherence analysis)
 * @param result the engine's scores and ranks
 * @param intervals unit → rank interval (empty without an uncertainty design)
 * @param scored codes of the units with scores (after screening)
 */
record YearIndex(
    int year,
    Framework framework,
    boolean complete,
    IndexPlan plan,
    IndexResult result,
    Map<String, UnitRankInterval> intervals,
    Set<String> scored) {

  static YearIndex build(InnovationFramework innovation, IndicatorPanel panel, int year) {
    Framework full = innovation.framework();
    Framework f =
        FrameworkSubset.restrict(full, panel.available(year), "indicators with data in " + year);
    UnitTable table = YearTables.of(f, panel, year);
    Recipe recipe = innovation.recipe();
    try {
      IndexPlan plan = IndexPlan.compile(f, table, recipe);
      IndexResult result = plan.run();
      Map<String, UnitRankInterval> intervals = new HashMap<>();
      if (recipe.uncertainty() != null && result.units().size() > 1) {
        UncertaintyResult u =
            UncertaintyAnalysis.design(f, table, recipe, recipe.uncertainty()).run();
        for (UnitRankInterval i : u.units()) {
          intervals.put(i.unit(), i);
        }
      }
      return new YearIndex(
          year,
          f,
          f.nodes().size() == full.nodes().size(),
          plan,
          result,
          intervals,
          new HashSet<>(result.units()));
    } catch (IndexSpecException e) {
      throw new InnovationInputException("innovation index " + year + ": " + e.getMessage());
    }
  }

  /** Score of a node for a unit, or NaN when the node is not scored this year or the unit not. */
  double score(String node, String unit) {
    if (!framework.contains(node) || !scored.contains(unit)) {
      return Double.NaN;
    }
    return result.score(node, unit);
  }

  /** Unit → competition rank on the index (1 = best); units without a score are absent. */
  Map<String, Integer> ranks() {
    int[] r = result.ranks();
    List<String> units = result.units();
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < r.length; i++) {
      if (r[i] > 0) {
        out.put(units.get(i), r[i]);
      }
    }
    return out;
  }
}
