package org.govindex.indicators.index.treat;

import java.util.Arrays;
import java.util.List;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.stats.ExcelMoments;

/**
 * The log transforms of COINr's outlier treatment (COINr 1.1, {@code R/treat.R}), over the present
 * values of one indicator with {@code min}, {@code max} and {@code a = 0.01 (max - min)}:
 *
 * <pre>
 *   log-ct       (log_CT)       y = ln(x - min + a)
 *   log-ct-plus  (log_CT_plus)  skew &gt; 0: y = ln(x - min + a);  else y = -ln(max + a - x)
 *   log-ct-orig  (log_CT_orig)  y = ln(x - min + 1)
 *   log-gii      (log_GII)      y = ln((max - 1)(x - min) / (max - min) + 1)
 * </pre>
 *
 * {@code log} is {@code log-ct-plus} (the skew is Excel's SKEW of the values treated, see {@link
 * ExcelMoments}; a NaN skew takes the first branch). COINr's own {@code log_GII} computes the
 * formula and then returns its input unchanged; here it returns the formula. {@code log-gii} maps
 * [min, max] onto [0, ln max]; for max &lt;= 1 it would reverse or flatten the indicator (COINr's
 * documentation warns of this), so it is refused with the indicator and its maximum named. All four
 * leave an indicator whose present values are all equal unchanged.
 */
public enum LogTreatment {
  LOG_CT("log-ct"),
  LOG_CT_PLUS("log-ct-plus"),
  LOG_CT_ORIG("log-ct-orig"),
  LOG_GII("log-gii");

  private final String method;

  LogTreatment(String method) {
    this.method = method;
  }

  /** The canonical method name, e.g. {@code log-ct}. */
  public String method() {
    return method;
  }

  /** Canonical names accepted, {@code log} included. */
  public static List<String> names() {
    List<String> out = new java.util.ArrayList<>(List.of("log"));
    Arrays.stream(values()).forEach(v -> out.add(v.method));
    return out;
  }

  /**
   * The transform named {@code name} (canonical form, see {@link MethodSpec#canonical}), or null.
   */
  public static LogTreatment named(String name) {
    if (name.equals("log")) {
      return LOG_CT_PLUS;
    }
    return Arrays.stream(values()).filter(v -> v.method.equals(name)).findFirst().orElse(null);
  }

  /**
   * Transforms the present values of {@code x} in place.
   *
   * @return the name of what was done: {@link #method()}, {@code log-ct-neg} for the mirrored
   *     branch of {@code log-ct-plus}, or {@code none} when all present values are equal
   */
  public String apply(double[] x, String indicator) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    final double min = lo;
    final double max = hi;
    if (!(max > min)) {
      return "none";
    }
    double a = 0.01 * (max - min);
    String done = method;
    switch (this) {
      case LOG_CT -> map(x, v -> Math.log(v - min + a));
      case LOG_CT_ORIG -> map(x, v -> Math.log(v - min + 1));
      case LOG_GII -> {
        if (!(max > 1)) {
          throw new IndexSpecException(
              Messages.text("index.treat.treatIndicatorLog", indicator, max));
        }
        map(x, v -> Math.log((max - 1) * (v - min) / (max - min) + 1));
      }
      case LOG_CT_PLUS -> {
        double skew = ExcelMoments.skew(x);
        if (skew > 0 || Double.isNaN(skew)) {
          map(x, v -> Math.log(v - min + a));
        } else {
          map(x, v -> -Math.log(max + a - v));
          done = "log-ct-neg";
        }
      }
    }
    return done;
  }

  private static void map(double[] x, java.util.function.DoubleUnaryOperator f) {
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i])) {
        x[i] = f.applyAsDouble(x[i]);
      }
    }
  }
}
