package org.govindex.reports.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Rounding for display only (machine outputs keep full precision): scores to 1 decimal, shares as
 * percentages with 1 decimal, half up on the shortest decimal form of the double ({@link
 * Double#toString}, what the CSV tables show), so 0.8765 shows as 87.7% although 0.8765 × 100 is
 * 87.64999… in binary; missing values as an em dash.
 */
public final class DisplayFormat {

  /** Shown for a missing value. */
  public static final String MISSING = "—";

  private DisplayFormat() {}

  /** A score with 1 decimal, e.g. {@code 84.3}. */
  public static String score(Double value) {
    return value == null ? MISSING : oneDecimal(BigDecimal.valueOf(value));
  }

  /** A fraction in [0, 1] as a percentage with 1 decimal, e.g. 0.8765 → {@code 87.7%}. */
  public static String percent(Double fraction) {
    return fraction == null
        ? MISSING
        : oneDecimal(BigDecimal.valueOf(fraction).movePointRight(2)) + "%";
  }

  private static String oneDecimal(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /** An interval of scores, e.g. {@code 80.1–88.2}. */
  public static String interval(Double low, Double high) {
    return low == null || high == null ? MISSING : score(low) + "–" + score(high);
  }

  /** A count with thousands separators, e.g. {@code 12,345}. */
  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A rank, or the missing mark for an unranked unit. */
  public static String rank(Integer rank) {
    return rank == null ? MISSING : Integer.toString(rank);
  }

  /** A text, or the missing mark when null or blank. */
  public static String text(String value) {
    return value == null || value.isBlank() ? MISSING : value;
  }
}
