package org.govindex.jobs.ingest.validation;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * The fast path of {@link Cells#timestamp}: {@code yyyy-MM-dd HH:mm:ss} and {@code yyyy/M/d
 * H:mm:ss} read digit by digit, without the formatter. Anything else, including a date that does
 * not exist, gives null and goes to the strict formatters, so the rules and messages are those of
 * {@link Cells#timestamp}.
 */
final class IsoTimestamp {

  private IsoTimestamp() {}

  /** The time, or null when the text is not exactly one of the two forms. */
  static LocalDateTime parse(String text) {
    if (text == null) {
      return null;
    }
    int n = text.length();
    if (n < 14 || n > 19) {
      return null;
    }
    int[] pos = {0};
    int year = digits(text, pos, 4, 4);
    char sep = pos[0] < n ? text.charAt(pos[0]) : 0;
    if (year < 0 || (sep != '-' && sep != '/')) {
      return null;
    }
    pos[0]++;
    boolean dash = sep == '-';
    int month = digits(text, pos, dash ? 2 : 1, 2);
    if (month < 0 || !expect(text, pos, sep)) {
      return null;
    }
    int day = digits(text, pos, dash ? 2 : 1, 2);
    if (day < 0 || !expect(text, pos, ' ')) {
      return null;
    }
    int hour = digits(text, pos, dash ? 2 : 1, 2);
    if (hour < 0 || !expect(text, pos, ':')) {
      return null;
    }
    int minute = digits(text, pos, 2, 2);
    if (minute < 0 || !expect(text, pos, ':')) {
      return null;
    }
    int second = digits(text, pos, 2, 2);
    if (second < 0 || pos[0] != n) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean expect(String text, int[] pos, char c) {
    if (pos[0] < text.length() && text.charAt(pos[0]) == c) {
      pos[0]++;
      return true;
    }
    return false;
  }

  /** Reads min..max ASCII digits at pos; -1 when there are fewer than min. */
  private static int digits(String text, int[] pos, int min, int max) {
    int value = 0;
    int count = 0;
    while (count < max && pos[0] < text.length()) {
      char c = text.charAt(pos[0]);
      if (c < '0' || c > '9') {
        break;
      }
      value = value * 10 + (c - '0');
      pos[0]++;
      count++;
    }
    return count < min ? -1 : value;
  }
}
