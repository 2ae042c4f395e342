package org.govindex.reports.publication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.govindex.reports.pdf.DisplayFormat;

/**
 * Display formats of the publication beyond {@link DisplayFormat}: signed changes, ranks, money.
 */
final class Formats {

  private Formats() {}

  /** A signed change with 1 decimal and a significance mark, e.g. {@code +2.3*}. */
  static String change(Double change, Boolean significant) {
    if (change == null) {
      return DisplayFormat.MISSING;
    }
    String shown = DisplayFormat.score(Math.abs(change));
    String sign = shown.equals("0.0") ? "±" : change > 0 ? "+" : "−";
    return sign + shown + (Boolean.TRUE.equals(significant) ? "*" : "");
  }

  /** A rank interval of whole ranks, e.g. {@code 3–7}; missing when either end is null. */
  static String rankRange(Integer low, Integer high) {
    if (low == null || high == null) {
      return DisplayFormat.MISSING;
    }
    return low.equals(high) ? Integer.toString(low) : low + "–" + high;
  }

  /**
   * A rank interval from nearest-rank percentiles, e.g. {@code 6–10}; missing when either is null.
   */
  static String rankInterval(Integer low, Integer high) {
    if (low == null || high == null) {
      return DisplayFormat.MISSING;
    }
    return rankRange(low, high);
  }

  /** A number shown without decimals when whole, else with 1 decimal. */
  static String whole(Double value) {
    if (value == null) {
      return DisplayFormat.MISSING;
    }
    return value == Math.rint(value)
        ? Long.toString(Math.round(value))
        : DisplayFormat.score(value);
  }

  /** An amount of yuan with thousands separators, e.g. {@code 50,000}. */
  static String yuan(double amount) {
    return String.format(
        java.util.Locale.ROOT,
        "%,d",
        BigDecimal.valueOf(amount).setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  /** A weight as a percentage, e.g. 0.7 → {@code 70%} (1 decimal when needed). */
  static String weightPercent(Double weight) {
    if (weight == null) {
      return DisplayFormat.MISSING;
    }
    String shown = DisplayFormat.percent(weight);
    return shown.endsWith(".0%") ? shown.replace(".0%", "%") : shown;
  }
}
