package org.govindex.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The flag codes of the {@code flags} columns (and of the {@code flag} column of the innovation
 * coherence table), with their Chinese short name and explanation. A {@code flags} cell is a {@code
 * ;}-separated list; a flag may carry a detail after a colon ({@code
 * missing_indicator:volunteer_rate}, {@code partial_coverage:3/5}, {@code group_dropped:街道}).
 */
public enum Flag {
  // appraisal (streets and communities)
  NO_SURVEY("no_survey", "无有效问卷", "无有效问卷"),
  INSUFFICIENT_SAMPLE("insufficient_sample", "样本不足", "样本不足：有效问卷少于最低样本量，照常计分但不参与排名"),
  NO_SUBJECTIVE_SCORE("no_subjective_score", "无主观得分", "无主观评价得分"),
  MISSING_POPULATION("missing_population", "缺常住人口", "缺少常住人口数"),
  INCOMPLETE("incomplete", "数据不完整", "数据不完整：主观或客观得分缺失，无总分、不排名"),
  NO_OBJECTIVE_SCORE("no_objective_score", "无客观得分", "无客观指标得分"),
  EXCELLENT_QUOTA_DEMOTED("excellent_quota_demoted", "优秀比例调整", "因优秀比例上限由优秀调为良好"),
  LOW_OBJECTIVE_COVERAGE("low_objective_coverage", "客观数据不足", "有数据的客观指标不足规定比例：照常计分，但不评等次、不排名"),
  // objective indicators
  EMPTY_DENOMINATOR("empty_denominator", "分母为空", "分母为空，指标无值"),
  NO_DATA("no_data", "无数据", "无数据"),
  MEDIATION_FROM_SUMMARY("mediation_from_summary", "按汇总表计算", "调解成功率按街道调解汇总表计算"),
  PARTIAL_COVERAGE("partial_coverage", "指标覆盖不完整", "指标覆盖不完整"),
  CENTRAL_STREET_ECONOMIC_EXCLUDED(
      "central_street_economic_excluded", "经济指标不计分", "中心城区街道：经济指标不计分，其余客观指标权重重新归一"),
  MISSING_INDICATOR("missing_indicator", "缺少指标", "缺少指标"),
  NO_OBJECTIVE_INDICATOR("no_objective_indicator", "无客观指标", "无客观指标"),
  // survey quality
  MANY_SPEEDERS("many_speeders", "作答过快偏多", "答题过快的问卷比例偏高"),
  MANY_DUPLICATES("many_duplicates", "重复手机号偏多", "重复手机号的问卷比例偏高"),
  MANY_STRAIGHTLINERS("many_straightliners", "直线作答偏多", "所有题目同一选项的问卷比例偏高"),
  IP_BURST("ip_burst", "同一IP集中提交", "同一 IP 短时集中提交"),
  MANY_DONT_KNOW("many_dont_know", "“不了解”偏多", "“不了解”回答比例偏高"),
  SUSPICIOUS_SURVEY("suspicious_survey", "问卷质量存疑", "问卷质量存疑（见数据质量附录）"),
  // departments
  GROUP_DROPPED("group_dropped", "评议组不计", "某评议组评议人少于最低人数，该组不计"),
  STANDARDISED_GROUP_DROPPED("standardised_group_dropped", "标准化评议组不计", "标准化评分中某评议组不计"),
  NO_RATING("no_rating", "无评议", "无评议"),
  NO_SATISFACTION_SCORE("no_satisfaction_score", "无满意度得分", "无满意度得分"),
  // innovation index and awards
  PARTIAL_FRAMEWORK("partial_framework", "部分维度无数据", "部分维度无数据，指数按已有维度计算"),
  NO_INDEX("no_index", "无创新指数", "无创新指数"),
  NO_BASE_VALUE("no_base_value", "无基期数值", "无基期数值"),
  MISSING_SCORE("missing_score", "缺少得分", "缺少得分"),
  // innovation coherence (the flag column of innovation_coherence)
  WEAK_CORRELATION("weak", "相关偏弱", "与所属上级（维度或综合指数）的相关偏弱"),
  COLLINEAR("collinear", "相关过高（可能重复）", "同一上级下两项之间相关过高，可能重复计量"),
  NEGATIVE_CORRELATION("negative", "负相关", "同一上级下两项之间负相关");

  /** Separator of the flags of one cell. */
  public static final String SEPARATOR = ";";

  private final String code;
  private final String label;
  private final String explanation;

  Flag(String code, String label, String explanation) {
    this.code = code;
    this.label = label;
    this.explanation = explanation;
  }

  /** The code written in {@code flags}. */
  public String code() {
    return code;
  }

  /** A short Chinese name for a table cell. */
  public String label() {
    return label;
  }

  /** A Chinese sentence for a note or legend. */
  public String explanation() {
    return explanation;
  }

  /** {@code code:detail}, the form of a flag that carries a detail. */
  public String with(String detail) {
    return code + ":" + detail;
  }

  /** The flag of a code, with or without its detail, if it is one. */
  public static Optional<Flag> fromCode(String flag) {
    int colon = flag.indexOf(':');
    String code = colon < 0 ? flag : flag.substring(0, colon);
    for (Flag f : values()) {
      if (f.code.equals(code)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The flags of a {@code flags} cell, in order, empty entries left out. */
  public static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    if (cell == null) {
      return out;
    }
    for (String part : cell.split(SEPARATOR, -1)) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }

  /** A {@code flags} cell of the flags, in order, empty entries left out. */
  public static String join(List<String> flags) {
    return String.join(SEPARATOR, flags.stream().filter(f -> f != null && !f.isEmpty()).toList());
  }
}
