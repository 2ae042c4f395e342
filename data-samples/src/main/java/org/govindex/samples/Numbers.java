package org.govindex.samples;

/** Number text as exports show it: integers plain, other values with one decimal. */
final class Numbers {

  private Numbers() {}

  static String oneDecimal(double value) {
    long tenths = Math.round(value * 10.0);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return sign + (abs / 10) + "." + (abs % 10);
  }

  static int clamp(long value, int low, int high) {
    return (int) Math.max(low, Math.min(high, value));
  }
}
