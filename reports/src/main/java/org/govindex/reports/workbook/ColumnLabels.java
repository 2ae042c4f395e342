package org.govindex.reports.workbook;

import java.util.Map;
import java.util.TreeMap;

/**
 * Chinese labels of the result tables' column codes, for the workbook's header row. A code without
 * a label is shown as it is.
 */
public final class ColumnLabels {

  private static final Map<String, String> LABELS = labels();

  private ColumnLabels() {}

  /** The Chinese label of column {@code code}, or the code itself when none is known. */
  public static String label(String code) {
    return LABELS.getOrDefault(code, code);
  }

  /** Whether {@code code} has a Chinese label. */
  public static boolean isKnown(String code) {
    return LABELS.containsKey(code);
  }

  private static Map<String, String> labels() {
    Map<String, String> m = new TreeMap<>();
    // units and periods
    m.put("period", "年度");
    m.put("level", "层级");
    m.put("unit_code", "单位代码");
    m.put("unit_name", "单位名称");
    m.put("parent_code", "上级单位代码");
    m.put("parent_name", "上级单位名称");
    m.put("district_code", "区代码");
    m.put("district_name", "区名称");
    m.put("street_code", "街道代码");
    m.put("street_name", "街道名称");
    m.put("community_code", "社区代码");
    m.put("community_name", "社区名称");
    m.put("department_code", "部门代码");
    m.put("department_name", "部门名称");
    m.put("population", "人口");
    // appraisal
    m.put("subjective_score", "主观评价得分 S");
    m.put("objective_score", "客观指标得分 O");
    m.put("total_score", "总分 T");
    m.put("subjective_weight", "主观权重 w");
    m.put("n_valid", "有效样本数");
    m.put("ci_low", "95%区间下限");
    m.put("ci_high", "95%区间上限");
    m.put("satisfaction_rate", "满意率");
    m.put("rank", "排名");
    m.put("grade", "等次");
    m.put("flags", "标记");
    m.put("flag", "标记");
    m.put("previous_total_score", "上年总分");
    m.put("total_change", "总分变化");
    // score composition
    m.put("component", "构成项代码");
    m.put("component_name", "构成项名称");
    m.put("component_type", "构成项类型");
    m.put("weight", "权重");
    m.put("score", "得分");
    m.put("contribution", "得分贡献");
    m.put("level_mean", "同层级均值");
    // satisfaction items and survey quality
    m.put("item_code", "题项代码");
    m.put("item_name", "题项名称");
    m.put("n_scored", "有效评分数");
    m.put("n_dont_know", "回答“不了解”数");
    m.put("n_responses", "答卷数");
    m.put("n_speeders", "作答过快答卷数");
    m.put("speeder_share", "作答过快占比");
    m.put("n_duplicate_phones", "手机号重复答卷数");
    m.put("duplicate_share", "重复答卷占比");
    m.put("straightliner_share", "直线作答占比");
    m.put("max_ip_burst", "同一IP最大集中提交数");
    m.put("n_burst_responses", "集中提交答卷数");
    m.put("burst_share", "集中提交占比");
    m.put("dont_know_share", "“不了解”占比");
    // objective indicators
    m.put("indicator_code", "指标代码");
    m.put("indicator_name", "指标名称");
    m.put("raw_value", "原始值");
    m.put("normalized_score", "标准化得分");
    m.put("denominator", "分母");
    m.put("n_indicators", "指标数");
    // department two-way rating
    m.put("group_residents", "居民代表评分");
    m.put("group_street", "街道评分");
    m.put("group_committee", "社区居委会评分");
    m.put("group_units", "驻区单位评分");
    m.put("n_raters_residents", "居民代表评议人数");
    m.put("n_raters_street", "街道评议人数");
    m.put("n_raters_committee", "社区居委会评议人数");
    m.put("n_raters_units", "驻区单位评议人数");
    m.put("satisfaction_score", "满意度得分");
    m.put("satisfaction_weight", "满意度权重");
    m.put("n_raters", "评议人数");
    m.put("n_straightliners", "直线作答数");
    m.put("satisfaction_score_standardised", "满意度得分（评议人标准化）");
    m.put("total_score_standardised", "总分（评议人标准化）");
    m.put("rank_standardised", "排名（评议人标准化）");
    m.put("satisfaction_score_equal_weights", "满意度得分（等权）");
    m.put("total_score_equal_weights", "总分（等权）");
    m.put("rank_equal_weights", "排名（等权）");
    m.put("rater_group", "评议人类型");
    m.put("mean_score", "平均评分");
    m.put("n_single_department_raters", "仅评一个部门的评议人数");
    m.put("n_zero_variance_raters", "评分无差异的评议人数");
    m.put("mean_score_given", "给出的平均评分");
    m.put("n_departments_rated", "评议部门数");
    m.put("n_ratings", "评分条数");
    // innovation index
    m.put("index", "创新指数");
    m.put("trend_index", "趋势指数");
    m.put("development_index", "发展指数");
    m.put("change", "指数变化");
    m.put("change_p05", "指数变化5%分位");
    m.put("change_p95", "指数变化95%分位");
    m.put("change_significant", "变化是否显著");
    m.put("rank_median", "排名中位数");
    m.put("rank_p05", "排名5%分位");
    m.put("rank_p95", "排名95%分位");
    m.put("measure", "统计量");
    m.put("node", "节点");
    m.put("first", "项一");
    m.put("second", "项二");
    m.put("value", "数值");
    // awards
    m.put("project_code", "项目代码");
    m.put("project_name", "项目名称");
    m.put("project_score", "项目得分");
    m.put("eligible", "是否符合奖补条件");
    m.put("award_amount", "奖补金额");
    m.put("n_projects", "项目数");
    m.put("n_eligible", "符合条件项目数");
    m.put("n_excellent", "优秀项目数");
    m.put("n_good", "良好项目数");
    m.put("award_total", "奖补总额");
    // rejects
    m.put("file", "文件");
    m.put("row_number", "行号");
    m.put("reason_code", "原因代码");
    m.put("reason", "原因");
    return Map.copyOf(m);
  }
}
