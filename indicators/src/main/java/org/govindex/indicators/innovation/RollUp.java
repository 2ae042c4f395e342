package org.govindex.indicators.innovation;

import java.util.Arrays;
import org.govindex.contract.UnitLevel;

/**
 * Population-weighted means of community values at street and district level:
 *
 * <pre>
 *   X_unit = Σ_c P_c·X_c / Σ_c P_c
 * </pre>
 *
 * over the communities c of the unit that have a value X_c and a positive 常住人口 P_c, summed in
 * community code order. A unit with no such community has no value.
 */
final class RollUp {

  /** The levels communities roll up to, in table order. */
  static final UnitLevel[] LEVELS = {UnitLevel.STREET, UnitLevel.DISTRICT};

  private RollUp() {}

  /**
   * @param communityValues one value per registered community ({@link Hierarchy#communities()}
   *     order), NaN = none
   * @return one mean per unit of the level (code order), NaN when no community contributes
   */
  static double[] means(double[] communityValues, Hierarchy units, UnitLevel level) {
    int n = units.size(level);
    double[] weighted = new double[n];
    double[] weights = new double[n];
    for (int c = 0; c < communityValues.length; c++) {
      double x = communityValues[c];
      int unit = units.parent(level, c);
      double p = units.population(c);
      if (Double.isNaN(x) || unit < 0 || !(p > 0)) {
        continue;
      }
      weighted[unit] += p * x;
      weights[unit] += p;
    }
    double[] out = new double[n];
    Arrays.fill(out, Double.NaN);
    for (int u = 0; u < n; u++) {
      if (weights[u] > 0) {
        out[u] = weighted[u] / weights[u];
      }
    }
    return out;
  }

  /** Σ 常住人口 of the communities of each unit with a positive population, NaN when none. */
  static double[] population(Hierarchy units, UnitLevel level) {
    double[] out = new double[units.size(level)];
    Arrays.fill(out, Double.NaN);
    for (int c = 0; c < units.communities().size(); c++) {
      int unit = units.parent(level, c);
      double p = units.population(c);
      if (unit >= 0 && p > 0) {
        out[unit] = Double.isNaN(out[unit]) ? p : out[unit] + p;
      }
    }
    return out;
  }
}
