package org.govindex.indicators.innovation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.engine.IndexPlan;
import org.govindex.indicators.index.engine.IndexResult;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.recipe.Recipe;

/**
 * The level index of one year, built by the index engine on the framework restricted to the
 * indicators that have data that year, with the Monte Carlo rank intervals of communities, streets
 * and districts when the recipe declares an uncertainty design ({@link RankMonteCarlo}: method
 * choices and, in the period, the respondent bootstrap of S).
 *
 * @param year the year
 * @param framework the framework as scored (may lack indicators without data that year)
 * @param complete whether the framework is the full one
 * @param plan the compiled plan (for the coherence analysis)
 * @param result the engine's scores and ranks
 * @param intervals rank intervals per level and registered unit ({@link RankMonteCarlo.Result#NONE}
 *     without an uncertainty design)
 * @param scored codes of the units with scores (after screening)
 */
record YearIndex(
    int year,
    Framework framework,
    boolean complete,
    IndexPlan plan,
    IndexResult result,
    RankMonteCarlo.Result intervals,
    Set<String> scored) {

  static YearIndex build(
      InnovationFramework innovation, IndicatorPanel panel, int year, Hierarchy units) {
    Framework full = innovation.framework();
    Framework f =
        FrameworkSubset.restrict(
            full, panel.available(year), Messages.text("innovation.yearSubset", year));
    UnitTable table = YearTables.of(f, panel, year);
    Recipe recipe = innovation.recipe();
    try {
      IndexPlan plan = IndexPlan.compile(f, table, recipe);
      IndexResult result = plan.run();
      RankMonteCarlo.Result intervals =
          result.units().size() > 1
              ? RankMonteCarlo.run(f, table, recipe, units, panel.surveyReplicates())
              : RankMonteCarlo.Result.NONE;
      return new YearIndex(
          year,
          f,
          f.nodes().size() == full.nodes().size(),
          plan,
          result,
          intervals,
          new HashSet<>(result.units()));
    } catch (IndexSpecException e) {
      throw new InnovationInputException(
          Messages.text("innovation.yearIndex", year, e.getMessage()));
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
