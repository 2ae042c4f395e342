package org.govindex.reports.publication;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chinese explanations of the flag codes of the result tables. A code with a detail ({@code
 * missing_indicator:volunteer_rate}) is explained with the detail resolved by a name lookup; an
 * unknown code is shown as it is, so no flag is ever hidden.
 */
final class FlagText {

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("insufficient_sample", "样本不足：有效问卷少于最低样本量，照常计分但不参与排名"),
          Map.entry("no_survey", "无有效问卷"),
          Map.entry("no_subjective_score", "无主观评价得分"),
          Map.entry("no_objective_score", "无客观指标得分"),
          Map.entry("no_satisfaction_score", "无满意度得分"),
          Map.entry("suspicious_survey", "问卷质量存疑（见数据质量附录）"),
          Map.entry("many_speeders", "答题过快的问卷比例偏高"),
          Map.entry("many_duplicates", "重复手机号的问卷比例偏高"),
          Map.entry("many_straightliners", "所有题目同一选项的问卷比例偏高"),
          Map.entry("ip_burst", "同一 IP 短时集中提交"),
          Map.entry("many_dont_know", "“不了解”回答比例偏高"),
          Map.entry("missing_population", "缺少常住人口数"),
          Map.entry("incomplete", "数据不完整"),
          Map.entry("ranked_by_subjective", "客观得分未计算，按主观得分排名"),
          Map.entry("central_street_economic_excluded", "中心城区街道：经济指标不计分，其余客观指标权重重新归一"),
          Map.entry("partial_framework", "部分维度无数据，指数按已有维度计算"),
          Map.entry("partial_coverage", "指标覆盖不完整"),
          Map.entry("no_index", "无创新指数"),
          Map.entry("no_data", "无数据"),
          Map.entry("no_base_value", "无基期数值"),
          Map.entry("empty_denominator", "分母为空，指标无值"),
          Map.entry("excellent_quota_demoted", "因优秀比例上限由优秀调为良好"),
          Map.entry("group_dropped", "某评议组评议人少于最低人数，该组不计"),
          Map.entry("standardised_group_dropped", "标准化评分中某评议组不计"),
          Map.entry("no_rating", "无评议"),
          Map.entry("no_objective_indicator", "无客观指标"),
          Map.entry("missing_indicator", "缺少指标"),
          Map.entry("missing_score", "缺少得分"));

  private FlagText() {}

  /** The explanation of one flag; {@code names} resolves details such as indicator codes. */
  static String label(String flag, Function<String, String> names) {
    int colon = flag.indexOf(':');
    String code = colon < 0 ? flag : flag.substring(0, colon);
    String base = LABELS.getOrDefault(code, code);
    if (colon < 0) {
      return base;
    }
    String detail = flag.substring(colon + 1);
    return base + "（" + names.apply(detail) + "）";
  }

  /**
   * The explanations of {@code flags}, flags with the same code merged ({@code 缺少指标（A、B）}), in
   * first-seen order.
   */
  static List<String> labels(List<String> flags, Function<String, String> names) {
    Map<String, List<String>> byCode = new java.util.LinkedHashMap<>();
    for (String flag : flags) {
      int colon = flag.indexOf(':');
      String code = colon < 0 ? flag : flag.substring(0, colon);
      List<String> details = byCode.computeIfAbsent(code, c -> new java.util.ArrayList<>());
      if (colon >= 0) {
        details.add(names.apply(flag.substring(colon + 1)));
      }
    }
    return byCode.entrySet().stream()
        .map(
            e -> {
              String base = LABELS.getOrDefault(e.getKey(), e.getKey());
              return e.getValue().isEmpty()
                  ? base
                  : base + "（" + String.join("、", e.getValue()) + "）";
            })
        .toList();
  }

  /** Short labels joined for a table cell. */
  static String shortLabels(List<String> flags, Function<String, String> names) {
    return labels(flags, names).stream()
        .map(label -> label.contains("：") ? label.substring(0, label.indexOf('：')) : label)
        .collect(Collectors.joining("；"));
  }

  /**
   * The shortest form for a narrow table cell: one short label per flag code, with the number of
   * details instead of the details ({@code 缺少指标 5 项}).
   */
  static String compactLabels(List<String> flags) {
    Map<String, Integer> byCode = new java.util.LinkedHashMap<>();
    for (String flag : flags) {
      int colon = flag.indexOf(':');
      byCode.merge(colon < 0 ? flag : flag.substring(0, colon), colon < 0 ? 0 : 1, Integer::sum);
    }
    return byCode.entrySet().stream()
        .map(
            e -> {
              String label = LABELS.getOrDefault(e.getKey(), e.getKey());
              String base = label.contains("：") ? label.substring(0, label.indexOf('：')) : label;
              return e.getValue() > 1 ? base + " " + e.getValue() + " 项" : base;
            })
        .collect(Collectors.joining("；"));
  }
}
