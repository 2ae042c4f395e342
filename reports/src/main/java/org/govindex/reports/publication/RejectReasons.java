package org.govindex.reports.publication;

import java.util.Map;

/** Chinese names of the reject reason codes of {@code rejects.csv}; unknown codes as they are. */
final class RejectReasons {

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("unknown_unit", "单位代码不在名录中"),
          Map.entry("ambiguous_unit", "单位无法唯一确定"),
          Map.entry("speeder", "答题时间过短"),
          Map.entry("no_scored_answer", "无计分回答"),
          Map.entry("bad_value", "选项不合规"),
          Map.entry("duplicate", "重复问卷"),
          Map.entry("duplicate_key", "重复记录"),
          Map.entry("bad_code", "代码格式错误"),
          Map.entry("bad_date", "日期格式错误"),
          Map.entry("bad_enum", "取值不在允许范围"),
          Map.entry("bad_number", "数值格式错误"),
          Map.entry("missing_value", "必填项为空"),
          Map.entry("inconsistent", "数据前后矛盾"));

  private RejectReasons() {}

  static String label(String code) {
    return LABELS.getOrDefault(code, code);
  }
}
