package org.govindex.indicators.index.treat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.stats.ExcelMoments;

/**
 * Outlier treatment by the JRC rule (COINr {@code Treat}, JRC Competence Centre on Composite
 * Indicators). An indicator fails when {@code |skew| >= skew} AND {@code kurt >= kurtosis}
 * (settings, defaults 2 and 3.5; Excel SKEW/KURT, see {@link ExcelMoments}).
 *
 * <p>Method {@code jrc}: while it fails and fewer than {@code points} (default 5) winsorisation
 * steps were made, replace the most extreme value on the side of the skew (the maximum when skew
 * &gt;= 0, else the minimum; tied values together) by the next value in, and test again. If it
 * still fails, the original values are log-transformed instead (setting {@code fallback}: {@code
 * log}, default, or {@code none}):
 *
 * <pre>
 *   skew &gt;= 0: y = ln(x - min + 0.01 (max - min))
 *   skew &lt;  0: y = -ln(max - x + 0.01 (max - min))   (mirror image, keeps the order)
 * </pre>
 *
 * <p>Forced methods, which work per indicator (unlike COINr): {@code winsorise} winsorises exactly
 * {@code points} steps (default 1) on the side of the skew whatever the test says; {@code log}
 * applies the log above whatever the test says; {@code none} leaves the indicator alone.
 */
public final class JrcOutlierTreatment {

  private JrcOutlierTreatment() {}

  /** Settings accepted per method. */
  public static Set<String> parameters(String method) {
    return switch (method) {
      case "jrc" -> Set.of("skew", "kurtosis", "points", "fallback");
      case "winsorise", "winsorize" -> Set.of("points");
      case "log", "none" -> Set.of();
      default ->
          throw new IndexSpecException(
              "unknown treatment method '" + method + "' (known: jrc, winsorise, log, none)");
    };
  }

  /** Validates a method and its settings. */
  public static void check(MethodSpec spec, String indicator) {
    String where = "treat indicator " + indicator;
    try {
      spec.checkParams(parameters(spec.name()), where);
    } catch (IndexSpecException e) {
      throw e.getMessage().startsWith(where)
          ? e
          : new IndexSpecException(where + ": " + e.getMessage());
    }
    String fallback = spec.text("fallback", "log");
    if (!fallback.equals("log") && !fallback.equals("none")) {
      throw new IndexSpecException(where + ": fallback must be log or none, found " + fallback);
    }
    if (spec.number("points", 5) < 0) {
      throw new IndexSpecException(where + ": points must be >= 0");
    }
  }

  /** Whether x fails the JRC test with these thresholds. */
  public static boolean fails(double[] x, double skewLimit, double kurtLimit) {
    double s = ExcelMoments.skew(x);
    double k = ExcelMoments.kurtosis(x);
    return Math.abs(s) >= skewLimit && k >= kurtLimit;
  }

  /**
   * Treats {@code x} in place.
   *
   * @param x values of the indicator over the units (NaN = missing)
   * @param units unit codes, same indexing, for the record
   */
  public static TreatmentRecord treat(
      double[] x, List<String> units, MethodSpec spec, String indicator) {
    double skew0 = ExcelMoments.skew(x);
    double kurt0 = ExcelMoments.kurtosis(x);
    List<String> changed = new ArrayList<>();
    String action;
    switch (spec.name()) {
      case "none" -> action = "none";
      case "log" -> {
        logTransform(x, skew0);
        action = "log";
      }
      case "winsorise", "winsorize" -> {
        int steps = (int) spec.number("points", 1);
        for (int s = 0; s < steps; s++) {
          winsoriseOnce(x, ExcelMoments.skew(x) >= 0, units, changed);
        }
        action = changed.isEmpty() ? "none" : "winsorised";
      }
      default -> {
        double skewLimit = spec.number("skew", 2);
        double kurtLimit = spec.number("kurtosis", 3.5);
        int maxSteps = (int) spec.number("points", 5);
        double[] original = x.clone();
        int steps = 0;
        while (fails(x, skewLimit, kurtLimit) && steps < maxSteps) {
          winsoriseOnce(x, ExcelMoments.skew(x) >= 0, units, changed);
          steps++;
        }
        if (!fails(x, skewLimit, kurtLimit)) {
          action = changed.isEmpty() ? "none" : "winsorised";
        } else if (spec.text("fallback", "log").equals("log")) {
          System.arraycopy(original, 0, x, 0, x.length);
          changed.clear();
          logTransform(x, skew0);
          action = "log";
        } else {
          System.arraycopy(original, 0, x, 0, x.length);
          changed.clear();
          action = "untreated";
        }
      }
    }
    return new TreatmentRecord(
        indicator,
        spec.name(),
        action,
        changed,
        skew0,
        kurt0,
        ExcelMoments.skew(x),
        ExcelMoments.kurtosis(x));
  }

  /**
   * Replaces every value equal to the maximum (or minimum when {@code high} is false) by the next
   * value in. Does nothing when all present values are equal.
   */
  static void winsoriseOnce(double[] x, boolean high, List<String> units, List<String> changed) {
    double extreme = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (double v : x) {
      if (!Double.isNaN(v) && (high ? v > extreme : v < extreme)) {
        extreme = v;
      }
    }
    double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (double v : x) {
      if (!Double.isNaN(v) && v != extreme && (high ? v > next : v < next)) {
        next = v;
      }
    }
    if (Double.isInfinite(next)) {
      return;
    }
    for (int i = 0; i < x.length; i++) {
      if (x[i] == extreme) {
        x[i] = next;
        String u = units.get(i);
        if (!changed.contains(u)) {
          changed.add(u);
        }
      }
    }
  }

  /** The JRC log transform (see class comment); the side follows the sign of {@code skew}. */
  static void logTransform(double[] x, double skew) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (!(max > min)) {
      return;
    }
    double pad = 0.01 * (max - min);
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i])) {
        x[i] =
            skew >= 0 || Double.isNaN(skew)
                ? Math.log(x[i] - min + pad)
                : -Math.log(max - x[i] + pad);
      }
    }
  }
}
