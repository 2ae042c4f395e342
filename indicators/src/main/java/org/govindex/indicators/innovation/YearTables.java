package org.govindex.indicators.innovation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkNode;

/** Builds the engine's data table of one year from the panel. */
final class YearTables {

  private YearTables() {}

  /**
   * One row per community with at least one value of the framework's indicators, ordered by code;
   * one numeric column per indicator (NaN = missing).
   */
  static UnitTable of(Framework f, IndicatorPanel panel, int year) {
    Map<String, Map<String, Double>> values = panel.year(year);
    List<FrameworkNode> indicators = f.indicators();
    List<String> units = new ArrayList<>();
    for (Map.Entry<String, Map<String, Double>> e : values.entrySet()) {
      if (indicators.stream().anyMatch(i -> e.getValue().containsKey(i.code()))) {
        units.add(e.getKey());
      }
    }
    Map<String, double[]> numeric = new LinkedHashMap<>();
    for (FrameworkNode i : indicators) {
      double[] column = new double[units.size()];
      for (int u = 0; u < units.size(); u++) {
        Double v = values.get(units.get(u)).get(i.code());
        column[u] = v == null ? Double.NaN : v;
      }
      numeric.put(i.code(), column);
    }
    return new UnitTable(
        Messages.text("innovation.yearIndicators", year),
        units,
        List.of(),
        Map.of(),
        null,
        numeric);
  }
}
