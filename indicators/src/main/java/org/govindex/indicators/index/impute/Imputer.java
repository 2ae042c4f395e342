package org.govindex.indicators.index.impute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.stats.Ranking;

/**
 * Fills missing values of one indicator and records every value put in with its source.
 *
 * <ul>
 *   <li>{@code mean}, {@code median}: of the present values over all units;
 *   <li>{@code group-mean}, {@code group-median}: of the present values of the units in the same
 *       group (setting {@code group}: a group column of the data); a unit without group, or whose
 *       group has no value, stays missing;
 *   <li>yearly panels (the data has a Time column and several rows per unit): {@code last-value}
 *       takes the latest earlier year with a value; {@code linear} interpolates linearly in time
 *       between the nearest earlier and later years with a value, {@code y = y0 + (y1 - y0)(t -
 *       t0)/(t1 - t0)}; {@code linear-constant} does the same and otherwise takes the nearest
 *       year's value (constant extrapolation); otherwise the value stays missing;
 *   <li>{@code none}: leaves values missing.
 * </ul>
 */
public final class Imputer {

  private static final Set<String> METHODS =
      Set.of(
          "none",
          "mean",
          "median",
          "group-mean",
          "group-median",
          "last-value",
          "linear",
          "linear-constant");

  private Imputer() {}

  /** Validates a method and its settings; {@code groups} are the data's group columns. */
  public static void check(MethodSpec spec, String indicator, Set<String> groups, boolean panel) {
    String where = Messages.text("index.where.stepIndicator", "impute", indicator);
    if (!METHODS.contains(spec.name())) {
      throw new IndexSpecException(
          Messages.text("index.impute.unknownImputationMethod", where, spec.name(), METHODS));
    }
    boolean grouped = spec.name().startsWith("group-");
    spec.checkParams(grouped ? Set.of("group") : Set.of(), where);
    if (grouped) {
      String g = spec.text("group", null);
      if (g == null) {
        throw new IndexSpecException(
            Messages.text("index.impute.needsGroupSetting", where, spec.name()));
      }
      if (!groups.contains(g)) {
        throw new IndexSpecException(
            Messages.text("index.impute.groupColumnNot", where, g, groups));
      }
    }
    boolean yearly = spec.name().startsWith("l");
    if (yearly && !panel) {
      throw new IndexSpecException(
          Messages.text("index.impute.needsYearlyData", where, spec.name()));
    }
  }

  /**
   * Imputes {@code x} in place.
   *
   * @param x values over the units (NaN = missing)
   * @param units unit codes, same indexing
   * @param group the group column named by the method's {@code group} setting, or null
   * @param history other years of unit i (for yearly methods), or null
   * @param time the year being scored (for yearly methods)
   * @return the records of the values put in
   */
  public static List<ImputationRecord> impute(
      double[] x,
      List<String> units,
      MethodSpec spec,
      String indicator,
      List<String> group,
      IntFunction<YearlyHistory> history,
      double time) {
    List<ImputationRecord> log = new ArrayList<>();
    String method = spec.name();
    switch (method) {
      case "none" -> {}
      case "mean", "median" -> {
        int n = Ranking.present(x);
        double v = method.equals("mean") ? Ranking.mean(x) : Ranking.median(x);
        String source =
            method.equals("mean")
                ? Messages.text("index.log.impute.meanOfUnits", n)
                : Messages.text("index.log.impute.medianOfUnits", n);
        fill(x, units, indicator, method, i -> v, i -> source, log);
      }
      case "group-mean", "group-median" -> {
        String column = spec.text("group", null);
        Map<String, double[]> stats = groupStats(x, group, method.equals("group-mean"));
        fill(
            x,
            units,
            indicator,
            method,
            i ->
                group.get(i) == null || !stats.containsKey(group.get(i))
                    ? Double.NaN
                    : stats.get(group.get(i))[0],
            i -> {
              int size = (int) stats.get(group.get(i))[1];
              return method.equals("group-mean")
                  ? Messages.text("index.log.impute.groupMean", column, group.get(i), size)
                  : Messages.text("index.log.impute.groupMedian", column, group.get(i), size);
            },
            log);
      }
      default -> {
        for (int i = 0; i < x.length; i++) {
          if (Double.isNaN(x[i])) {
            yearly(x, i, units, indicator, method, history.apply(i), time, log);
          }
        }
      }
    }
    return log;
  }

  private static void yearly(
      double[] x,
      int i,
      List<String> units,
      String indicator,
      String method,
      YearlyHistory h,
      double time,
      List<ImputationRecord> log) {
    int before = -1;
    int after = -1;
    for (int k = 0; k < h.times().length; k++) {
      if (h.times()[k] < time) {
        before = k;
      } else if (h.times()[k] > time && after < 0) {
        after = k;
      }
    }
    double v = Double.NaN;
    String source = null;
    if (method.equals("last-value")) {
      if (before >= 0) {
        v = h.values()[before];
        source = Messages.text("index.log.impute.lastValue", year(h.times()[before]));
      }
    } else if (before >= 0 && after >= 0) {
      double t0 = h.times()[before];
      double t1 = h.times()[after];
      double y0 = h.values()[before];
      double y1 = h.values()[after];
      v = y0 + (y1 - y0) * (time - t0) / (t1 - t0);
      source = Messages.text("index.log.impute.linear", year(t0), year(t1));
    } else if (method.equals("linear-constant") && (before >= 0 || after >= 0)) {
      int k = before >= 0 ? before : after;
      v = h.values()[k];
      source = Messages.text("index.log.impute.constant", year(h.times()[k]));
    }
    if (!Double.isNaN(v)) {
      x[i] = v;
      log.add(new ImputationRecord(units.get(i), indicator, v, method, source));
    }
  }

  private static String year(double t) {
    return t == Math.rint(t) ? Long.toString((long) t) : Double.toString(t);
  }

  private static Map<String, double[]> groupStats(double[] x, List<String> group, boolean mean) {
    Map<String, List<Double>> values = new HashMap<>();
    for (int i = 0; i < x.length; i++) {
      if (group.get(i) != null && !Double.isNaN(x[i])) {
        values.computeIfAbsent(group.get(i), k -> new ArrayList<>()).add(x[i]);
      }
    }
    Map<String, double[]> out = new HashMap<>();
    values.forEach(
        (g, v) -> {
          double[] arr = v.stream().mapToDouble(Double::doubleValue).toArray();
          out.put(g, new double[] {mean ? Ranking.mean(arr) : Ranking.median(arr), arr.length});
        });
    return out;
  }

  private static void fill(
      double[] x,
      List<String> units,
      String indicator,
      String method,
      IntFunction<Double> value,
      IntFunction<String> source,
      List<ImputationRecord> log) {
    double[] original = x.clone();
    for (int i = 0; i < original.length; i++) {
      if (Double.isNaN(original[i])) {
        double v = value.apply(i);
        if (!Double.isNaN(v)) {
          x[i] = v;
          log.add(new ImputationRecord(units.get(i), indicator, v, method, source.apply(i)));
        }
      }
    }
  }
}
