package org.govindex.reports.publication;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govindex.contract.UnitLevel;

/**
 * How the methodology appendix words the configuration: weights and rates as percentages, amounts
 * as {@code 10 万元} or {@code 20,000 元/人}, levels and directions in Chinese, and a goalpost source
 * note of the framework files ({@code policy: Nanjing 2014 plan 志愿者注册登记率不低于10% (shared/policy/002)
 * ...}, {@code empirical: ...}) as a reader would cite it: the policy document's title and the
 * quoted standard, or 经验取值. The notes' English and file paths are for the analysts who edit the
 * files and never reach the reader.
 */
final class MethodText {

  /** A run of Chinese text (with the digits, % and punctuation inside it). */
  private static final Pattern CHINESE =
      Pattern.compile("\\p{IsHan}[\\p{IsHan}0-9.%，、：“”]*[\\p{IsHan}0-9%]|\\p{IsHan}");

  private final Map<String, String> policyDocuments;

  MethodText(Map<String, String> policyDocuments) {
    this.policyDocuments = policyDocuments;
  }

  /** The source of a goalpost in Chinese. */
  String source(String note) {
    String text = note.strip();
    if (text.startsWith("policy")) {
      List<String> titles = new ArrayList<>();
      policyDocuments.forEach(
          (keyword, title) -> {
            if (text.contains(keyword) && !titles.contains(title)) {
              titles.add("《" + title + "》");
            }
          });
      String quoted = firstChinese(text);
      return "政策标准"
          + (titles.isEmpty() ? "" : "，见" + String.join("、", titles))
          + (quoted == null ? "" : "：“" + quoted + "”");
    }
    if (text.startsWith("methodology")) {
      return "本考评方法的规定";
    }
    if (text.startsWith("empirical")) {
      return "经验取值（暂无政策标准）";
    }
    String chinese = firstChinese(text);
    return chinese == null ? "未注明" : chinese;
  }

  /** The longest run of Chinese text in {@code text}, or null. */
  static String firstChinese(String text) {
    Matcher m = CHINESE.matcher(text);
    String longest = null;
    while (m.find()) {
      if (longest == null || m.group().length() > longest.length()) {
        longest = m.group();
      }
    }
    return longest == null || longest.length() < 4 ? null : longest;
  }

  /** The Chinese part of a setting written as {@code 中文 (English)}: the text before " (". */
  static String chineseOnly(String text) {
    int english = text.indexOf(" (");
    String chinese = (english >= 0 ? text.substring(0, english) : text).strip();
    return chinese
            .chars()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        ? chinese
        : "";
  }

  /** A share as a percentage without needless decimals: 0.7 → 70%, 0.125 → 12.5%. */
  static String percent(double share) {
    return plain(
            BigDecimal.valueOf(share).movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP))
        + "%";
  }

  static String percent(JsonNode share) {
    return share.isNumber() || isNumber(share.asText()) ? percent(share.asDouble()) : "—";
  }

  /** A number without needless decimals or exponent, thousands separated from 10,000 on. */
  static String number(JsonNode value) {
    return isNumber(value.asText()) ? grouped(new BigDecimal(value.asText())) : "—";
  }

  /** A weight of the configuration; an empty or missing cell is 0. */
  static double weight(JsonNode value) {
    return isNumber(value.asText()) ? value.asDouble() : 0;
  }

  /**
   * A goalpost with its unit: rates (比率) as percentages, 是/否 as such, amounts with thousands
   * separators ({@code 20,000 元/人}, {@code 20 万元}), others as {@code 40 件/千人}.
   */
  static String value(String raw, String unit) {
    if (!isNumber(raw)) {
      return "—";
    }
    BigDecimal number = new BigDecimal(raw);
    return switch (unit) {
      case "比率" -> percent(number.doubleValue());
      case "是/否" -> number.signum() == 0 ? "否" : "是";
      case "%" -> grouped(number) + "%";
      case "" -> grouped(number);
      default -> grouped(number) + " " + unit;
    };
  }

  /** An amount of yuan: whole 万 as {@code 10 万元}, else {@code 12,500 元}. */
  static String yuan(double amount) {
    BigDecimal yuan = BigDecimal.valueOf(amount);
    if (yuan.signum() != 0 && yuan.remainder(BigDecimal.valueOf(10_000)).signum() == 0) {
      return plain(yuan.movePointLeft(4)) + " 万元";
    }
    return grouped(yuan) + " 元";
  }

  /** Levels written {@code community;street} as {@code 社区、街道}. */
  static String levels(String codes) {
    List<String> labels = new ArrayList<>();
    for (String code : codes.split("[;,]")) {
      if (!code.isBlank()) {
        labels.add(UnitLevel.fromCode(code.strip()).map(UnitLevel::label).orElse(code.strip()));
      }
    }
    return String.join("、", labels);
  }

  /** Direction 1 / -1 as 正向 / 逆向 with what it means. */
  static String direction(String direction) {
    return direction.strip().startsWith("-") ? "逆向指标（越低越好）" : "正向指标（越高越好）";
  }

  private static boolean isNumber(String text) {
    try {
      new BigDecimal(text.strip());
      return !text.isBlank();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String grouped(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
      return String.format(Locale.ROOT, "%,." + Math.max(stripped.scale(), 0) + "f", stripped);
    }
    return plain(stripped);
  }

  private static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
