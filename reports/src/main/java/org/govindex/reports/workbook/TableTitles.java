package org.govindex.reports.workbook;

import java.util.Map;

/**
 * Chinese titles and one-line descriptions of the result tables (by machine name, the CSV file name
 * without {@code .csv}). A table without a title is shown under its machine name.
 */
public final class TableTitles {

  private record Entry(String title, String description) {}

  private static final Map<String, Entry> ENTRIES =
      Map.ofEntries(
          entry("appraisal", "考评结果", "街道、社区的主观评价得分 S、客观指标得分 O、总分 T、排名与等次"),
          entry("appraisal_contributions", "得分构成", "各单位总分中主观评价与各项客观指标按权重所作的贡献"),
          entry("satisfaction_items", "满意度分项", "满意度问卷各题项在各单位的得分与样本数"),
          entry("indicator_values", "客观指标", "各单位客观指标的原始值、分母与标准化得分"),
          entry("survey_quality", "问卷质量", "满意度问卷的样本质量：作答过快、手机号重复、直线作答、同一IP集中提交与“不了解”比例"),
          entry("department_rating", "部门考评", "区级部门双向考评：各评议群体得分、满意度、客观得分、总分、排名与等次"),
          entry("department_street_matrix", "街道×部门评分", "各街道评议人对各部门的平均评分与评议人数"),
          entry("department_rater_flags", "部门评议人标记", "各部门各类评议人的人数及直线作答、仅评一个部门、评分无差异的人数"),
          entry("street_rating_given", "街道评议情况", "各街道评议人给出的平均评分、评议部门数与评分条数"),
          entry("innovation_index", "创新指数", "社区治理和服务创新指数：各维度得分、指数、变化与排名及其不确定性区间"),
          entry("innovation_coherence", "指数统计一致性", "创新指数的统计审核：相关性、主成分等一致性检验结果"),
          entry("awards", "以奖代补项目", "以奖代补项目的得分、等次、是否符合条件与奖补金额"),
          entry("awards_by_unit", "以奖代补汇总", "按社区、街道、区汇总的以奖代补项目数与奖补总额"));

  private TableTitles() {}

  /** The Chinese title of table {@code name}, or the name itself when none is known. */
  public static String title(String name) {
    Entry entry = ENTRIES.get(name);
    return entry == null ? name : entry.title();
  }

  /** A one-line Chinese description of table {@code name}. */
  public static String description(String name) {
    Entry entry = ENTRIES.get(name);
    return entry == null ? "结果表 " + name + ".csv" : entry.description();
  }

  /** Whether table {@code name} has a Chinese title. */
  public static boolean isKnown(String name) {
    return ENTRIES.containsKey(name);
  }

  private static Map.Entry<String, Entry> entry(String name, String title, String description) {
    return Map.entry(name, new Entry(title, description));
  }
}
