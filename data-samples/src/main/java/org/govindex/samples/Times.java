package org.govindex.samples;

import java.time.LocalDate;

/**
 * Local times (Asia/Shanghai, which has no daylight saving since 1991) as seconds since
 * 1970-01-01T00:00 local, formatted without {@code String.format} for speed.
 */
final class Times {

  static final long MINUTE = 60;
  static final long HOUR = 3_600;
  static final long DAY = 86_400;

  private Times() {}

  /** Seconds at local midnight of the given date. */
  static long at(int year, int month, int day) {
    return LocalDate.of(year, month, day).toEpochDay() * DAY;
  }

  /** {@code yyyy/M/d H:mm:ss} (问卷星 export). */
  static String survey(long seconds) {
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, DAY));
    int secondOfDay = (int) Math.floorMod(seconds, DAY);
    StringBuilder sb = new StringBuilder(19);
    sb.append(date.getYear()).append('/').append(date.getMonthValue()).append('/');
    sb.append(date.getDayOfMonth()).append(' ').append(secondOfDay / 3600).append(':');
    two(sb, secondOfDay / 60 % 60).append(':');
    return two(sb, secondOfDay % 60).toString();
  }

  /** {@code yyyy-MM-dd HH:mm:ss}. */
  static String iso(long seconds) {
    StringBuilder sb = new StringBuilder(19);
    appendDate(sb, seconds).append(' ');
    int secondOfDay = (int) Math.floorMod(seconds, DAY);
    two(sb, secondOfDay / 3600).append(':');
    two(sb, secondOfDay / 60 % 60).append(':');
    return two(sb, secondOfDay % 60).toString();
  }

  /** {@code yyyy-MM-dd}. */
  static String date(long seconds) {
    return appendDate(new StringBuilder(10), seconds).toString();
  }

  private static StringBuilder appendDate(StringBuilder sb, long seconds) {
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, DAY));
    sb.append(date.getYear()).append('-');
    two(sb, date.getMonthValue()).append('-');
    return two(sb, date.getDayOfMonth());
  }

  private static StringBuilder two(StringBuilder sb, int value) {
    if (value < 10) {
      sb.append('0');
    }
    return sb.append(value);
  }
}
