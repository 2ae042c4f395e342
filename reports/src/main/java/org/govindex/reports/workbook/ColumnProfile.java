package org.govindex.reports.workbook;

import java.util.regex.Pattern;

/**
 * What one pass over a column's values found out: whether every non-empty value is a number (and an
 * integer), or a boolean, and how wide the widest text is. Empty fields (null) are ignored.
 */
final class ColumnProfile {

  /**
   * A decimal number as the tables write it ({@link Double#toString} or an integer): no leading
   * zeros, so a code like {@code 007} stays text.
   */
  private static final Pattern NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");

  /** Integers above this magnitude lose digits as a double, so they are kept as text. */
  private static final double LARGEST_EXACT_INTEGER = 9_007_199_254_740_992d;

  private long values;
  private boolean allNumbers = true;
  private boolean allIntegers = true;
  private boolean allBooleans = true;
  private int widestText;

  /** Takes one field into account; empty fields count as null. */
  void observe(String field) {
    if (field.isEmpty()) {
      return;
    }
    values++;
    widestText = Math.max(widestText, DisplayWidth.of(field));
    boolean number = isNumber(field);
    allNumbers &= number;
    allIntegers &= number && isIntegerLiteral(field);
    allBooleans &= isBoolean(field);
  }

  /** Whether the column has non-empty values and all of them are numbers. */
  boolean numeric() {
    return values > 0 && allNumbers;
  }

  /** Whether the column has non-empty values and all of them are integers. */
  boolean integral() {
    return numeric() && allIntegers;
  }

  /** Whether the column has non-empty values and all of them are {@code true} or {@code false}. */
  boolean booleans() {
    return values > 0 && allBooleans;
  }

  /** Display width of the widest value as text. */
  int widestText() {
    return widestText;
  }

  /** Whether {@code field} is a number that a double holds exactly as written in the table. */
  static boolean isNumber(String field) {
    if (!NUMBER.matcher(field).matches()) {
      return false;
    }
    double value = Double.parseDouble(field);
    if (Double.isInfinite(value)) {
      return false;
    }
    return !isIntegerLiteral(field) || Math.abs(value) <= LARGEST_EXACT_INTEGER;
  }

  static boolean isBoolean(String field) {
    return field.equals("true") || field.equals("false");
  }

  private static boolean isIntegerLiteral(String field) {
    return field.indexOf('.') < 0 && field.indexOf('e') < 0 && field.indexOf('E') < 0;
  }
}
