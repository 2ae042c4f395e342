package org.govindex.indicators.index.treat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.govindex.contract.Messages;
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
 * still fails, the original values get the {@code fallback} transform instead: {@code log}
 * (default; {@code log-ct-plus}), {@code log-ct}, {@code log-ct-plus}, {@code log-ct-orig}, {@code
 * log-gii} (formulas in {@link LogTreatment}) or {@code none}. COINr's setting names are read too:
 * {@code winmax}, {@code skew_thresh}, {@code kurt_thresh}, {@code f2} (see {@code CoinrNames}).
 *
 * <p>Forced methods, which work per indicator: {@code winsorise} winsorises exactly {@code points}
 * steps (default 1) on the side of the skew whatever the test says; {@code log} and the four named
 * logs apply that log whatever the test says; {@code none} leaves the indicator alone.
 */
public final class JrcOutlierTreatment {

  private static final String FALLBACK = "fallback";

  private JrcOutlierTreatment() {}

  /** Settings accepted per method. */
  public static Set<String> parameters(String method) {
    if (LogTreatment.named(method) != null) {
      return Set.of();
    }
    return switch (method) {
      case "jrc" -> Set.of("skew", "kurtosis", "points", FALLBACK);
      case "winsorise", "winsorize" -> Set.of("points");
      case "none" -> Set.of();
      default ->
          throw new IndexSpecException(
              Messages.text(
                  "index.treat.unknownMethod", method, String.join(", ", LogTreatment.names())));
    };
  }

  /** Validates a method and its settings. */
  public static void check(MethodSpec spec, String indicator) {
    String where = Messages.text("index.where.stepIndicator", "treat", indicator);
    try {
      spec.checkParams(parameters(spec.name()), where);
    } catch (IndexSpecException e) {
      throw e.getMessage().startsWith(where)
          ? e
          : new IndexSpecException(Messages.text("index.treat.where", where, e.getMessage()));
    }
    String fallback = fallback(spec);
    if (!fallback.equals("none") && LogTreatment.named(fallback) == null) {
      throw new IndexSpecException(
          Messages.text(
              "index.treat.fallback",
              where,
              String.join(", ", LogTreatment.names()),
              spec.text(FALLBACK, "log")));
    }
    if (spec.number("points", 5) < 0) {
      throw new IndexSpecException(Messages.text("index.treat.points", where));
    }
  }

  private static String fallback(MethodSpec spec) {
    return MethodSpec.canonical(spec.text(FALLBACK, "log"));
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
    LogTreatment forcedLog = LogTreatment.named(spec.name());
    if (forcedLog != null) {
      action = forcedLog.apply(x, indicator);
    } else {
      switch (spec.name()) {
        case "none" -> action = "none";
        case "winsorise", "winsorize" -> {
          int steps = (int) spec.number("points", 1);
          for (int s = 0; s < steps; s++) {
            winsoriseOnce(x, ExcelMoments.skew(x) >= 0, units, changed);
          }
          action = changed.isEmpty() ? "none" : "winsorised";
        }
        default -> action = jrc(x, units, spec, indicator, changed);
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

  private static String jrc(
      double[] x, List<String> units, MethodSpec spec, String indicator, List<String> changed) {
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
      return changed.isEmpty() ? "none" : "winsorised";
    }
    System.arraycopy(original, 0, x, 0, x.length);
    changed.clear();
    LogTreatment log = LogTreatment.named(fallback(spec));
    return log == null ? "untreated" : log.apply(x, indicator);
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
}
