package org.govindex.contract;

import static org.govindex.contract.ColumnType.BOOLEAN;
import static org.govindex.contract.ColumnType.DOUBLE;
import static org.govindex.contract.ColumnType.INT;
import static org.govindex.contract.ColumnType.LONG;
import static org.govindex.contract.ColumnType.STRING;

import java.util.List;
import java.util.Map;

/**
 * The published result tables ({@code tables/<name>.csv} and {@code parquet/<name>/}): what the
 * compute steps write and the reports and the workbook read. Numbers keep full double precision;
 * rates are fractions in [0, 1]; scores are on 0-100.
 */
public final class Results {

  /** The appraisal of streets and communities (methodology §3). */
  public static final TableSpec APPRAISAL =
      TableSpec.builder("appraisal", "考评结果", "街道、社区的主观评价得分 S、客观指标得分 O、总分 T、排名与等次")
          .required("period", STRING, "年度")
          .required("level", STRING, "层级")
          .required("unit_code", STRING, "单位代码")
          .optional("unit_name", STRING, "单位名称")
          .optional("subjective_score", DOUBLE, "群众主观评价得分 S")
          .optional("objective_score", DOUBLE, "客观指标得分 O")
          .optional("total_score", DOUBLE, "总分 T")
          .required("subjective_weight", DOUBLE, "主观评价权重 w")
          .required("n_valid", LONG, "有效样本数")
          .optional("ci_low", DOUBLE, "S 的95%区间下限")
          .optional("ci_high", DOUBLE, "S 的95%区间上限")
          .optional("satisfaction_rate", DOUBLE, "满意率")
          .optional("rank", INT, "排名")
          .optional("grade", STRING, "等次")
          .required("flags", STRING, "标记")
          .optional("parent_code", STRING, "上级单位代码")
          .optional("parent_name", STRING, "上级单位名称")
          .optional("district_type", STRING, "区类型")
          .optional("previous_total_score", DOUBLE, "上期总分")
          .optional("total_change", DOUBLE, "总分变化")
          .optional("change_significant", BOOLEAN, "变化是否显著")
          .optional("rank_low", INT, "排名95%区间（最好）")
          .optional("rank_high", INT, "排名95%区间（最差）")
          .build();

  /** What makes up each total: S, O and every indicator, with weights and the level mean. */
  public static final TableSpec APPRAISAL_CONTRIBUTIONS =
      TableSpec.builder("appraisal_contributions", "得分构成", "各单位总分中主观评价与各项客观指标按权重所作的贡献")
          .required("period", STRING, "年度")
          .required("level", STRING, "层级")
          .required("unit_code", STRING, "单位代码")
          .required("component", STRING, "构成项代码")
          .optional("component_name", STRING, "构成项名称")
          .required("component_type", STRING, "构成项类型")
          .optional("weight", DOUBLE, "权重")
          .optional("score", DOUBLE, "得分")
          .optional("contribution", DOUBLE, "得分贡献")
          .optional("level_mean", DOUBLE, "同层级均值")
          .build();

  /** Satisfaction items per unit. */
  public static final TableSpec SATISFACTION_ITEMS =
      TableSpec.builder("satisfaction_items", "满意度分项", "满意度问卷各题项在各单位的得分与样本数")
          .required("period", STRING, "年度")
          .required("level", STRING, "层级")
          .required("unit_code", STRING, "单位代码")
          .required("item_code", STRING, "题项代码")
          .optional("score", DOUBLE, "得分")
          .required("n_scored", LONG, "有效评分数")
          .required("n_dont_know", LONG, "回答“不了解”数")
          .optional("level_mean", DOUBLE, "同层级均值")
          .build();

  /** Objective indicators per unit. */
  public static final TableSpec INDICATOR_VALUES =
      TableSpec.builder("indicator_values", "客观指标", "各单位客观指标的原始值、分母与标准化得分")
          .required("period", STRING, "年度")
          .required("level", STRING, "层级")
          .required("unit_code", STRING, "单位代码")
          .required("indicator_code", STRING, "指标代码")
          .optional("raw_value", DOUBLE, "原始值")
          .optional("normalized_score", DOUBLE, "标准化得分")
          .optional("denominator", DOUBLE, "分母")
          .required("flags", STRING, "标记")
          .build();

  /** Signals of doubtful survey collection per unit. */
  public static final TableSpec SURVEY_QUALITY =
      TableSpec.builder("survey_quality", "问卷质量", "满意度问卷的样本质量：作答过快、手机号重复、直线作答、同一IP集中提交与“不了解”比例")
          .required("period", STRING, "年度")
          .required("level", STRING, "层级")
          .required("unit_code", STRING, "单位代码")
          .required("n_responses", LONG, "答卷数")
          .required("n_valid", LONG, "有效样本数")
          .required("n_speeders", LONG, "作答过快答卷数")
          .optional("speeder_share", DOUBLE, "作答过快占比")
          .required("n_duplicate_phones", LONG, "手机号重复答卷数")
          .optional("duplicate_share", DOUBLE, "重复答卷占比")
          .required("n_straightliners", LONG, "直线作答数")
          .optional("straightliner_share", DOUBLE, "直线作答占比")
          .optional("max_ip_burst", LONG, "同一IP最大集中提交数")
          .required("n_burst_responses", LONG, "集中提交答卷数")
          .optional("burst_share", DOUBLE, "集中提交占比")
          .optional("dont_know_share", DOUBLE, "“不了解”占比")
          .required("flags", STRING, "标记")
          .build();

  /** The four rater groups of the department rating, in their fixed order: code → 评议人类型. */
  public static final Map<String, String> RATER_GROUPS =
      orderedMap("residents", "居民代表", "street", "街道", "committee", "社区居委会", "units", "驻区单位");

  /** The dual-direction department rating (methodology §4). */
  public static final TableSpec DEPARTMENT_RATING = departmentRating();

  /** How each street's raters scored each department. */
  public static final TableSpec DEPARTMENT_STREET_MATRIX =
      TableSpec.builder("department_street_matrix", "街道×部门评分", "各街道评议人对各部门的平均评分与评议人数")
          .required("period", STRING, "年度")
          .required("street_code", STRING, "街道代码")
          .optional("street_name", STRING, "街道名称")
          .required("department_code", STRING, "部门代码")
          .optional("department_name", STRING, "部门名称")
          .optional("mean_score", DOUBLE, "平均评分")
          .required("n_raters", LONG, "评议人数")
          .build();

  /** Rater effects per department and rater group. */
  public static final TableSpec DEPARTMENT_RATER_FLAGS =
      TableSpec.builder("department_rater_flags", "部门评议人标记", "各部门各类评议人的人数及直线作答、仅评一个部门、评分无差异的人数")
          .required("period", STRING, "年度")
          .required("department_code", STRING, "部门代码")
          .optional("department_name", STRING, "部门名称")
          .required("rater_group", STRING, "评议人类型")
          .required("n_raters", LONG, "评议人数")
          .required("n_straightliners", LONG, "直线作答数")
          .required("n_single_department_raters", LONG, "仅评一个部门的评议人数")
          .required("n_zero_variance_raters", LONG, "评分无差异的评议人数")
          .build();

  /** How each street rated the departments. */
  public static final TableSpec STREET_RATING_GIVEN =
      TableSpec.builder("street_rating_given", "街道评议情况", "各街道评议人给出的平均评分、评议部门数与评分条数")
          .required("period", STRING, "年度")
          .required("street_code", STRING, "街道代码")
          .optional("street_name", STRING, "街道名称")
          .required("n_raters", LONG, "评议人数")
          .optional("mean_score_given", DOUBLE, "给出的平均评分")
          .required("n_departments_rated", LONG, "评议部门数")
          .required("n_ratings", LONG, "评分条数")
          .build();

  /** The statistical audit of the period's innovation index. */
  public static final TableSpec INNOVATION_COHERENCE =
      TableSpec.builder("innovation_coherence", "指数统计一致性", "创新指数的统计审核：相关性、主成分等一致性检验结果")
          .required("period", STRING, "年度")
          .required("measure", STRING, "统计量")
          .required("node", STRING, "节点")
          .optional("first", STRING, "项一")
          .optional("second", STRING, "项二")
          .optional("value", DOUBLE, "数值")
          .required("flag", STRING, "标记")
          .build();

  /** 以奖代补 per project of the period. */
  public static final TableSpec AWARDS =
      TableSpec.builder("awards", "以奖代补项目", "以奖代补项目的得分、等次、是否符合条件与奖补金额")
          .required("period", STRING, "年度")
          .required("project_code", STRING, "项目编号")
          .optional("project_name", STRING, "项目名称")
          .optional("unit_code", STRING, "社区代码")
          .optional("project_score", DOUBLE, "项目得分")
          .optional("grade", STRING, "等次")
          .required("eligible", BOOLEAN, "是否符合奖补条件")
          .required("award_amount", DOUBLE, "奖补金额（元）")
          .required("flags", STRING, "标记")
          .build();

  /** 以奖代补 totals per community, street and district. */
  public static final TableSpec AWARDS_BY_UNIT =
      TableSpec.builder("awards_by_unit", "以奖代补汇总", "按社区、街道、区汇总的以奖代补项目数与奖补总额")
          .required("period", STRING, "年度")
          .required("level", STRING, "层级")
          .required("unit_code", STRING, "单位代码")
          .optional("unit_name", STRING, "单位名称")
          .required("n_projects", LONG, "项目数")
          .required("n_scored", LONG, "有得分项目数")
          .required("n_eligible", LONG, "符合条件项目数")
          .required("n_excellent", LONG, "优秀项目数")
          .required("n_good", LONG, "良好项目数")
          .required("award_total", DOUBLE, "奖补总额（元）")
          .build();

  /** Title of the workbook column of the Chinese names of a {@code measure} column's codes. */
  public static final String MEASURE_LABEL_TITLE = "统计量名称";

  /** The Chinese names of the measures of {@link #INNOVATION_COHERENCE}. */
  public static final java.util.Map<String, String> COHERENCE_MEASURES =
      java.util.Map.of(
          "correlation_with_parent", "与所属维度（或综合指数）的相关系数",
          "correlation", "同一维度内两项的相关系数",
          "cronbach_alpha", "Cronbach α 系数",
          "pca_first_share", "第一主成分方差占比",
          "complete_units", "数据完整的单位数",
          "loo_mean_abs_rank_shift", "去掉该指标后排名的平均变动",
          "loo_max_abs_rank_shift", "去掉该指标后排名的最大变动");

  /** Title of the workbook column of the Chinese names of a {@code level} column's codes. */
  public static final String LEVEL_LABEL_TITLE = "层级名称";

  /**
   * Title of the workbook column of the Chinese names of a {@code flags} or {@code flag} column.
   */
  public static final String FLAGS_LABEL_TITLE = "标记说明";

  /** The name of the innovation index table. */
  public static final String INNOVATION_INDEX = "innovation_index";

  /** Column of {@link #innovationIndex} just before the dimension columns. */
  public static final String INNOVATION_BEFORE_DIMENSIONS = "unit_name";

  /** Column of {@link #innovationIndex} just after the dimension columns. */
  public static final String INNOVATION_AFTER_DIMENSIONS = "index";

  private Results() {}

  /**
   * The innovation index table: one column per dimension of the framework (named by its code,
   * titled by its name), between {@link #INNOVATION_BEFORE_DIMENSIONS} and {@link
   * #INNOVATION_AFTER_DIMENSIONS}.
   *
   * @param dimensions dimension code → Chinese name, in framework order
   */
  public static TableSpec innovationIndex(Map<String, String> dimensions) {
    TableSpec.Builder b =
        TableSpec.builder(INNOVATION_INDEX, "创新指数", "社区治理和服务创新指数：各维度得分、指数、变化与排名及其不确定性区间")
            .required("period", STRING, "年度")
            .required("level", STRING, "层级")
            .required("unit_code", STRING, "单位代码")
            .optional("unit_name", STRING, "单位名称");
    dimensions.forEach((code, name) -> b.optional(code, DOUBLE, name));
    return b.optional("index", DOUBLE, "创新指数")
        .optional("trend_index", DOUBLE, "趋势指数")
        .optional("development_index", DOUBLE, "发展指数")
        .optional("change", DOUBLE, "指数变化")
        .optional("change_p05", DOUBLE, "指数变化5%分位")
        .optional("change_p95", DOUBLE, "指数变化95%分位")
        .optional("change_significant", BOOLEAN, "变化是否显著")
        .optional("rank", INT, "排名")
        .optional("rank_median", INT, "排名中位数")
        .optional("rank_p05", INT, "排名5%分位")
        .optional("rank_p95", INT, "排名95%分位")
        .optional("population", DOUBLE, "常住人口")
        .required("flags", STRING, "标记")
        .build();
  }

  /** The tables of every run with a fixed layout, in reading order (the workbook's sheets). */
  public static final List<TableSpec> FIXED =
      List.of(
          APPRAISAL,
          APPRAISAL_CONTRIBUTIONS,
          SATISFACTION_ITEMS,
          INDICATOR_VALUES,
          SURVEY_QUALITY,
          DEPARTMENT_RATING,
          DEPARTMENT_STREET_MATRIX,
          STREET_RATING_GIVEN,
          DEPARTMENT_RATER_FLAGS,
          INNOVATION_COHERENCE,
          AWARDS,
          AWARDS_BY_UNIT);

  /**
   * Every table in reading order: {@link #FIXED} with the innovation index (whose columns follow
   * the framework) before its coherence table.
   */
  public static List<TableSpec> inReadingOrder(TableSpec innovationIndex) {
    List<TableSpec> all = new java.util.ArrayList<>(FIXED);
    all.add(all.indexOf(INNOVATION_COHERENCE), innovationIndex);
    return List.copyOf(all);
  }

  private static TableSpec departmentRating() {
    TableSpec.Builder b =
        TableSpec.builder("department_rating", "部门考评", "区级部门双向考评：各评议群体得分、满意度、客观得分、总分、排名与等次")
            .required("period", STRING, "年度")
            .required("department_code", STRING, "部门代码")
            .optional("department_name", STRING, "部门名称");
    RATER_GROUPS.forEach((code, label) -> b.optional("group_" + code, DOUBLE, label + "评分"));
    b.optional("satisfaction_score", DOUBLE, "满意度得分")
        .optional("objective_score", DOUBLE, "客观指标得分")
        .optional("total_score", DOUBLE, "总分")
        .optional("rank", INT, "排名")
        .optional("grade", STRING, "等次")
        .required("flags", STRING, "标记")
        .required("satisfaction_weight", DOUBLE, "满意度权重");
    RATER_GROUPS.forEach((code, label) -> b.required("n_raters_" + code, LONG, label + "评议人数"));
    return b.required("n_raters", LONG, "评议人数")
        .required("n_straightliners", LONG, "直线作答数")
        .optional("satisfaction_score_standardised", DOUBLE, "满意度得分（评议人标准化）")
        .optional("total_score_standardised", DOUBLE, "总分（评议人标准化）")
        .optional("rank_standardised", INT, "排名（评议人标准化）")
        .optional("satisfaction_score_equal_weights", DOUBLE, "满意度得分（等权）")
        .optional("total_score_equal_weights", DOUBLE, "总分（等权）")
        .optional("rank_equal_weights", INT, "排名（等权）")
        .build();
  }

  private static Map<String, String> orderedMap(String... pairs) {
    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
