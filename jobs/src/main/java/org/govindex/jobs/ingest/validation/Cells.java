package org.govindex.jobs.ingest.validation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.govindex.contract.RejectReason;
import org.govindex.contract.UnitLevel;

/**
 * Parsing of cell texts into typed values; every failure is a {@link CellRejection} whose reason
 * names the column and the rule.
 */
public final class Cells {

  /** Time zone of every timestamp of the input contract. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final List<DateTimeFormatter> TIMESTAMPS =
      List.of(
          DateTimeFormatter.ofPattern("uuuu/M/d H:mm:ss").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
              .withResolverStyle(ResolverStyle.STRICT));
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u3000\\uFEFF]+");
  private static final Pattern INTEGER = Pattern.compile("^\\d+$");
  private static final Pattern DECIMAL = Pattern.compile("^-?\\d+(\\.\\d+)?$");
  private static final Pattern GROUPED = Pattern.compile("^\\d{1,3}(,\\d{3})+(\\.\\d+)?$");
  private static final Pattern DURATION = Pattern.compile("^(\\d+)(秒)?$");
  private static final Set<String> YES = Set.of("是");
  private static final Set<String> NO = Set.of("否");

  private Cells() {}

  /** NFKC-folded (full-width to ASCII) and stripped of all white space; null becomes "". */
  public static String compact(String text) {
    if (text == null) {
      return "";
    }
    if (isPlainAscii(text)) {
      return text;
    }
    return WHITE_SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
  }

  /** Trimmed text (including the ideographic space and a stray BOM); null becomes "". */
  public static String trim(String text) {
    if (text == null) {
      return "";
    }
    return (text.indexOf('\uFEFF') < 0 ? text : text.replace("\uFEFF", "")).strip();
  }

  /** Printable ASCII without white space: NFKC and white-space removal leave it unchanged. */
  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }

  public static boolean isBlank(String text) {
    return trim(text).isEmpty();
  }

  /** A code: a digit string of exactly {@code length} digits (any length when 0). */
  public static String code(String column, String text, UnitLevel level) {
    String value = compact(text);
    if (!UnitRegistry.isCode(value, level)) {
      throw new CellRejection(
          RejectReason.BAD_CODE,
          column + "：" + Shown.value(value) + " 不是 " + codeDescription(level));
    }
    return value;
  }

  /** {@code yyyy/M/d H:mm:ss}, {@code yyyy-MM-dd HH:mm:ss} or {@code yyyy-MM-dd} (midnight). */
  public static LocalDateTime timestamp(String column, String text) {
    LocalDateTime fast = IsoTimestamp.parse(text);
    if (fast != null) {
      return fast;
    }
    String value = trim(text).replaceAll("\\s+", " ");
    for (DateTimeFormatter format : TIMESTAMPS) {
      try {
        return LocalDateTime.parse(value, format);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    try {
      return LocalDate.parse(value, DATE).atStartOfDay();
    } catch (DateTimeParseException e) {
      throw new CellRejection(
          RejectReason.BAD_DATE,
          column
              + "："
              + Shown.value(value)
              + " 不是时间（应为 yyyy/M/d H:mm:ss、yyyy-MM-dd HH:mm:ss 或 yyyy-MM-dd）");
    }
  }

  public static java.sql.Timestamp sqlTimestamp(LocalDateTime time) {
    return java.sql.Timestamp.from(time.atZone(ZONE).toInstant());
  }

  public static java.sql.Date sqlDate(LocalDateTime time) {
    return java.sql.Date.valueOf(time.toLocalDate());
  }

  /** A non-negative integer. */
  public static int count(String column, String text) {
    String value = compact(text);
    if (!INTEGER.matcher(value).matches() || value.length() > 9) {
      throw new CellRejection(
          RejectReason.BAD_NUMBER, column + "：" + Shown.value(value) + " 不是非负整数");
    }
    return Integer.parseInt(value);
  }

  /** A year between 1949 and 2199. */
  public static int year(String column, String text) {
    String value = compact(text);
    if (!INTEGER.matcher(value).matches()
        || value.length() != 4
        || Integer.parseInt(value) < 1949
        || Integer.parseInt(value) > 2199) {
      throw new CellRejection(
          RejectReason.BAD_NUMBER, column + "：" + Shown.value(value) + " 不是年份（1949–2199）");
    }
    return Integer.parseInt(value);
  }

  /**
   * A finite number in [min, max]; thousands separators and a trailing {@code %} are accepted (the
   * column header says the unit).
   */
  public static double number(String column, String text, double min, double max) {
    String value = compact(text);
    if (value.endsWith("%")) {
      value = value.substring(0, value.length() - 1);
    }
    if (GROUPED.matcher(value).matches()) {
      value = value.replace(",", "");
    }
    if (!DECIMAL.matcher(value).matches()) {
      throw new CellRejection(RejectReason.BAD_NUMBER, column + "：" + Shown.value(value) + " 不是数字");
    }
    double number = Double.parseDouble(value);
    if (!(number >= min && number <= max)) {
      throw new CellRejection(
          RejectReason.BAD_NUMBER,
          column + "：" + Shown.value(value) + " 超出范围 [" + plain(min) + ", " + plain(max) + "]");
    }
    return number;
  }

  /** Seconds of a 问卷星 duration such as {@code 185秒}. */
  public static int durationSeconds(String column, String text) {
    var matcher = DURATION.matcher(compact(text));
    if (!matcher.matches() || matcher.group(1).length() > 9) {
      throw new CellRejection(
          RejectReason.BAD_NUMBER, column + "：" + Shown.value(compact(text)) + " 不是以秒计的用时");
    }
    return Integer.parseInt(matcher.group(1));
  }

  /** One of the allowed texts. */
  public static String choice(String column, String text, Set<String> allowed) {
    String value = trim(text);
    if (!allowed.contains(value)) {
      throw new CellRejection(
          RejectReason.BAD_ENUM, column + "：" + Shown.value(value) + " 不是允许的取值" + allowed(allowed));
    }
    return value;
  }

  /** 是 → true, 否 → false. */
  public static boolean yesNo(String column, String text) {
    String value = trim(text);
    if (YES.contains(value)) {
      return true;
    }
    if (NO.contains(value)) {
      return false;
    }
    throw new CellRejection(
        RejectReason.BAD_ENUM, column + "：" + Shown.value(value) + " 应为「是」或「否」");
  }

  /** The allowed values as a reason shows them: {@code （可取：办理中、已办结）}. */
  public static String allowed(java.util.Collection<String> values) {
    return "（可取：" + String.join("、", values.stream().sorted().toList()) + "）";
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  /** "12 位数字代码" or "数字代码". */
  public static String codeDescription(UnitLevel level) {
    return level.codeLength() == 0 ? "数字代码" : level.codeLength() + " 位数字代码";
  }
}
