package org.govindex.indicators.innovation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Raw indicator values per year and community (only present values are stored), and flags per
 * community of the period's survey.
 *
 * @param years the scored years, ascending
 * @param values year → community code → indicator code → raw value
 * @param surveyFlags community code → flag ({@code no_survey} or {@code insufficient_sample}) for
 *     communities whose S does not enter the period's index
 * @param surveyReplicates community code → the bootstrap replicates of its S, for communities whose
 *     S enters the period's index (absent: S is taken as fixed in the Monte Carlo)
 */
record IndicatorPanel(
    List<Integer> years,
    Map<Integer, Map<String, Map<String, Double>>> values,
    Map<String, String> surveyFlags,
    Map<String, double[]> surveyReplicates) {

  public IndicatorPanel {
    years = List.copyOf(years);
    Map<Integer, Map<String, Map<String, Double>>> copy = new TreeMap<>();
    values.forEach(
        (y, units) -> {
          Map<String, Map<String, Double>> u = new TreeMap<>();
          units.forEach((code, v) -> u.put(code, Map.copyOf(v)));
          copy.put(y, u);
        });
    values = copy;
    surveyFlags = Map.copyOf(surveyFlags);
    Map<String, double[]> replicates = new TreeMap<>();
    surveyReplicates.forEach((code, b) -> replicates.put(code, b.clone()));
    surveyReplicates = Collections.unmodifiableMap(replicates);
  }

  /** Community → indicator → value of a year (empty when the year has no data). */
  public Map<String, Map<String, Double>> year(int year) {
    return values.getOrDefault(year, Map.of());
  }

  /** Indicators with at least one value in the year. */
  public Set<String> available(int year) {
    Set<String> out = new LinkedHashSet<>();
    year(year).values().forEach(v -> out.addAll(v.keySet()));
    return out;
  }

  /** A builder-friendly mutable map for one value. */
  static void put(
      Map<Integer, Map<String, Map<String, Double>>> values,
      int year,
      String community,
      String code,
      double value) {
    if (Double.isNaN(value)) {
      return;
    }
    values
        .computeIfAbsent(year, y -> new TreeMap<>())
        .computeIfAbsent(community, c -> new LinkedHashMap<>())
        .put(code, value);
  }
}
