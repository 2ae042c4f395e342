package org.govindex.jobs.ingest.validation;

import java.util.regex.Pattern;
import org.govindex.jobs.ingest.privacy.PersonalData;

/**
 * How a rejected cell's value appears in a reject reason (which goes to {@code rejects.csv}, logs
 * and messages): a reason names the column and the rule, and shows the value only when it is short
 * (at most {@link #MAX_SHOWN} characters) and cannot be personal data. Values that look like a
 * phone or identity number ({@link PersonalData#looksPersonal}) are never shown, whatever the
 * column; the two exceptions are a date or time ({@code 2026-03-01 10:00:00}) and a plain digit
 * string of a unit code's length (9 or 12 digits), which no phone or ID number has. Free-text
 * columns never pass their value here.
 */
public final class Shown {

  /** Longest value shown. */
  public static final int MAX_SHOWN = 24;

  private static final Pattern DATE_OR_TIME =
      Pattern.compile("\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}( \\d{1,2}:\\d{2}(:\\d{2})?)?");
  private static final Pattern UNIT_CODE = Pattern.compile("\\d{9}|\\d{12}");

  private Shown() {}

  /** {@code 「value」}, or what is said of a value that is not shown. */
  public static String value(String text) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      return "（空）";
    }
    if (value.length() > MAX_SHOWN) {
      return "（" + value.length() + " 个字符，不予显示）";
    }
    if (PersonalData.looksPersonal(value)
        && !DATE_OR_TIME.matcher(value).matches()
        && !UNIT_CODE.matcher(value).matches()) {
      return "（疑似个人信息，不予显示）";
    }
    return "「" + value + "」";
  }
}
