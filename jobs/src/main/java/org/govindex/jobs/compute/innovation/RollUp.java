package org.govindex.jobs.compute.innovation;

import java.util.Map;
import java.util.TreeMap;

/**
 * Population-weighted means of community values at street and district level:
 *
 * <pre>
 *   X_unit = Σ_c P_c·X_c / Σ_c P_c
 * </pre>
 *
 * over the communities c of the unit that have a value X_c and a positive 常住人口 P_c. A unit with no
 * such community has no value.
 */
final class RollUp {

  /** A level above the community. */
  enum Level {
    STREET("street"),
    DISTRICT("district");

    final String code;

    Level(String code) {
      this.code = code;
    }
  }

  private RollUp() {}

  /** Unit code → weighted mean, for units with at least one contributing community. */
  static Map<String, Double> means(
      Map<String, Double> communityValues, UnitDirectory directory, Level level) {
    Map<String, double[]> sums = new TreeMap<>();
    for (UnitDirectory.Community c : directory.communities()) {
      Double x = communityValues.get(c.code());
      String unit = level == Level.STREET ? c.streetCode() : c.districtCode();
      if (x == null || Double.isNaN(x) || unit == null || !(c.population() > 0)) {
        continue;
      }
      double[] s = sums.computeIfAbsent(unit, k -> new double[2]);
      s[0] += c.population() * x;
      s[1] += c.population();
    }
    Map<String, Double> out = new TreeMap<>();
    sums.forEach((unit, s) -> out.put(unit, s[0] / s[1]));
    return out;
  }
}
