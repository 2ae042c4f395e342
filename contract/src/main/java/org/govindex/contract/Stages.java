package org.govindex.contract;

import static org.govindex.contract.ColumnType.BOOLEAN;
import static org.govindex.contract.ColumnType.DOUBLE;
import static org.govindex.contract.ColumnType.DOUBLE_LIST;
import static org.govindex.contract.ColumnType.INT;
import static org.govindex.contract.ColumnType.LONG;
import static org.govindex.contract.ColumnType.STRING;

import java.util.List;

/**
 * The internal tables one compute step hands to a later one (under {@code stages/} of the run's
 * work folder, as Parquet), so that a restarted run resumes between steps. They are never
 * published: they hold what the published tables are computed from.
 */
public final class Stages {

  /** The subjective part of every community and street, with the bootstrap replicates of S. */
  public static final TableSpec SUBJECTIVE_UNITS =
      TableSpec.builder("subjective_units", "主观评价（中间表）", "一行一个社区或街道的主观评价得分及其自助法重抽样值")
          .required("level", STRING, "层级")
          .required("unit_code", STRING, "单位代码")
          .optional("unit_name", STRING, "单位名称")
          .optional("subjective_score", DOUBLE, "主观评价得分 S")
          .optional("ci_low", DOUBLE, "95%区间下限")
          .optional("ci_high", DOUBLE, "95%区间上限")
          .required("n_valid", LONG, "有效样本数")
          .optional("satisfaction_rate", DOUBLE, "满意率")
          .required("insufficient", BOOLEAN, "样本是否不足")
          .required("flags", STRING, "标记")
          .optional("replicates", DOUBLE_LIST, "S 的重抽样值")
          .build();

  /** O of every appraised unit. */
  public static final TableSpec OBJECTIVE_SCORES =
      TableSpec.builder("objective_scores", "客观得分（中间表）", "一行一个单位的客观指标得分 O")
          .required("level", STRING, "层级")
          .required("unit_code", STRING, "单位代码")
          .optional("objective_score", DOUBLE, "客观指标得分 O")
          .required("n_indicators", INT, "计入的指标数")
          .required("n_weighted", INT, "有权重的指标数")
          .required("flags", STRING, "标记")
          .build();

  /** Each indicator's share of its unit's O. */
  public static final TableSpec OBJECTIVE_SHARES =
      TableSpec.builder("objective_shares", "指标权重份额（中间表）", "一行一个单位的一项指标在 O 中的份额")
          .required("level", STRING, "层级")
          .required("unit_code", STRING, "单位代码")
          .required("indicator_code", STRING, "指标代码")
          .required("position", INT, "目录顺序")
          .optional("normalized_score", DOUBLE, "标准化得分")
          .required("weight_share", DOUBLE, "在 O 中的份额")
          .build();

  /** The eligible work orders per year and area, and per year and handler. */
  public static final TableSpec ORDER_TALLIES =
      TableSpec.builder("order_tallies", "工单计数（中间表）", "一行一年一个街道与社区（或一个承办单位）的有效工单计数")
          .required("year", INT, "年度")
          .optional("street_code", STRING, "所属街道代码")
          .optional("community_code", STRING, "所属社区代码")
          .optional("handler_code", STRING, "承办单位代码")
          .required("eligible", LONG, "有效工单数")
          .required("with_sign_deadline", LONG, "有签收时限")
          .required("signed_in_time", LONG, "按时签收")
          .required("closed", LONG, "已办结")
          .required("closed_in_time", LONG, "按时办结")
          .required("solved", LONG, "已解决")
          .required("solved_or_not", LONG, "已解决或未解决")
          .required("satisfied", LONG, "满意或基本满意")
          .required("rated", LONG, "有满意度评价")
          .required("returned", LONG, "退单")
          .required("reopened", LONG, "重办")
          .build();

  /** The mediation cases per year and area. */
  public static final TableSpec CASE_TALLIES =
      TableSpec.builder("case_tallies", "调解计数（中间表）", "一行一年一个街道与社区的调解案件数与成功数")
          .required("year", INT, "年度")
          .required("street_code", STRING, "所属街道代码")
          .optional("community_code", STRING, "所属社区代码")
          .required("cases", LONG, "受理案件数")
          .required("successes", LONG, "调解成功数")
          .build();

  public static final List<TableSpec> ALL =
      List.of(SUBJECTIVE_UNITS, OBJECTIVE_SCORES, OBJECTIVE_SHARES, ORDER_TALLIES, CASE_TALLIES);

  private Stages() {}
}
