package org.govindex.contract;

import static org.govindex.contract.ColumnType.BOOLEAN;
import static org.govindex.contract.ColumnType.DATE;
import static org.govindex.contract.ColumnType.DOUBLE;
import static org.govindex.contract.ColumnType.INT;
import static org.govindex.contract.ColumnType.LONG;
import static org.govindex.contract.ColumnType.STRING;
import static org.govindex.contract.ColumnType.TIMESTAMP;

import java.util.List;

/**
 * The ingested datasets: what ingestion writes under {@code ingested/<name>/} (typed Parquet) and
 * the compute steps read. Every row of a dataset was accepted (rejected rows are in {@link
 * #REJECTS}), except {@link #RESIDENT_RESPONSE_META}, which keeps the metadata of rejected survey
 * responses too. Personal data is already pseudonymised ({@code *_hash}: lowercase hex HMAC-SHA256
 * with the run's key) or dropped. {@code source_file} is the path relative to the drop, {@code
 * row_number} the 1-based data row (header excluded). Column titles are the input contract's
 * headers where a column comes from one.
 */
public final class Datasets {

  /**
   * Longest text of one input cell, in characters (UTF-16 units): a row with a longer cell in a
   * column ingestion reads is rejected {@code field_too_long} and never reaches a dataset or a
   * report. No field of the input contract needs more (names, types and codes are short).
   */
  public static final int MAX_FIELD_CHARS = 1000;

  private static final String SOURCE_FILE = "source_file";
  private static final String ROW_NUMBER = "row_number";

  public static final TableSpec DISTRICTS =
      TableSpec.builder("districts", "区名录", "一行一个区")
          .required("district_code", STRING, "区划代码")
          .required("district_name", STRING, "区名称")
          .required("district_type", STRING, "区类型")
          .required("central", BOOLEAN, "是否中心城区")
          .required(SOURCE_FILE, STRING, "来源文件")
          .required(ROW_NUMBER, LONG, "行号")
          .build();

  public static final TableSpec STREETS =
      TableSpec.builder("streets", "街道名录", "一行一个街道")
          .required("street_code", STRING, "街道代码")
          .required("street_name", STRING, "街道名称")
          .required("district_code", STRING, "区划代码")
          .required(SOURCE_FILE, STRING, "来源文件")
          .required(ROW_NUMBER, LONG, "行号")
          .build();

  public static final TableSpec COMMUNITIES =
      TableSpec.builder("communities", "社区名录", "一行一个社区")
          .required("community_code", STRING, "社区代码")
          .required("community_name", STRING, "社区名称")
          .required("street_code", STRING, "街道代码")
          .required("households", INT, "户数")
          .required("population", INT, "常住人口")
          .required("community_type", STRING, "社区类型")
          .required(SOURCE_FILE, STRING, "来源文件")
          .required(ROW_NUMBER, LONG, "行号")
          .build();

  public static final TableSpec DEPARTMENTS =
      TableSpec.builder("departments", "部门名录", "一行一个区级部门")
          .required("department_code", STRING, "部门代码")
          .required("department_name", STRING, "部门名称")
          .required("district_code", STRING, "区划代码")
          .required(SOURCE_FILE, STRING, "来源文件")
          .required(ROW_NUMBER, LONG, "行号")
          .build();

  public static final TableSpec RESIDENT_RESPONSES =
      TableSpec.builder("resident_responses", "居民满意度答卷", "一行一份有效答卷")
          .required("response_id", STRING, "答卷标识")
          .required(SOURCE_FILE, STRING, "来源文件")
          .required(ROW_NUMBER, LONG, "行号")
          .optional("seq", STRING, "序号")
          .required("submitted_at", TIMESTAMP, "提交答卷时间")
          .required("duration_seconds", INT, "所用时间（秒）")
          .optional("source", STRING, "来源")
          .optional("source_detail", STRING, "来源详情")
          .optional("ip_hash", STRING, "来自IP（假名）")
          .optional("ip_region", STRING, "IP所在地区")
          .required("community_code", STRING, "社区代码")
          .required("street_code", STRING, "街道代码")
          .optional("phone_hash", STRING, "手机号码（假名）")
          .optional("sex", STRING, "性别")
          .optional("age_group", STRING, "年龄")
          .build();

  public static final TableSpec RESIDENT_ANSWERS =
      TableSpec.builder("resident_answers", "居民满意度答案", "一行一份有效答卷对一个题项的回答")
          .required("response_id", STRING, "答卷标识")
          .required("item_code", STRING, "题项代码")
          .required("item_level", STRING, "题项层级")
          .optional("answer", STRING, "选项")
          .optional("score", DOUBLE, "分值")
          .required("dont_know", BOOLEAN, "是否不了解")
          .required("skipped", BOOLEAN, "是否跳过")
          .build();

  public static final TableSpec RESIDENT_RESPONSE_META =
      TableSpec.builder("resident_response_meta", "居民答卷元数据", "一行一份能确定社区的答卷（含被剔除的），供问卷质量检查")
          .required("response_id", STRING, "答卷标识")
          .required(SOURCE_FILE, STRING, "来源文件")
          .required(ROW_NUMBER, LONG, "行号")
          .optional("submitted_at", TIMESTAMP, "提交答卷时间")
          .optional("duration_seconds", INT, "所用时间（秒）")
          .optional("ip_hash", STRING, "来自IP（假名）")
          .optional("ip_region", STRING, "IP所在地区")
          .required("community_code", STRING, "社区代码")
          .required("street_code", STRING, "街道代码")
          .optional("reason_code", STRING, "剔除原因代码")
          .build();

  public static final TableSpec DEPARTMENT_RATINGS =
      TableSpec.builder("department_ratings", "部门评议答卷", "一行一份有效的部门评议答卷")
          .required("rating_id", STRING, "答卷标识")
          .required(SOURCE_FILE, STRING, "来源文件")
          .required(ROW_NUMBER, LONG, "行号")
          .required("submitted_at", TIMESTAMP, "提交答卷时间")
          .required("duration_seconds", INT, "所用时间（秒）")
          .required("rater_type", STRING, "评议人类型")
          .optional("rater_street_code", STRING, "评议人所在街道")
          .required("department_code", STRING, "被评议部门")
          .optional("phone_hash", STRING, "评议人手机号码（假名）")
          .build();

  public static final TableSpec DEPARTMENT_ANSWERS =
      TableSpec.builder("department_answers", "部门评议答案", "一行一份评议答卷对一个题项的回答")
          .required("rating_id", STRING, "答卷标识")
          .required("item_code", STRING, "题项代码")
          .optional("answer", STRING, "选项")
          .optional("score", DOUBLE, "分值")
          .required("dont_know", BOOLEAN, "是否不了解")
          .required("skipped", BOOLEAN, "是否跳过")
          .build();

  public static final TableSpec HOTLINE_ORDERS =
      TableSpec.builder("hotline_orders", "12345热线工单", "一行一张工单")
          .required("order_id", STRING, "工单编号")
          .required(SOURCE_FILE, STRING, "来源文件")
          .required(ROW_NUMBER, LONG, "行号")
          .required("called_at", TIMESTAMP, "来电时间")
          .optional("channel", STRING, "受理渠道")
          .required("request_type", STRING, "诉求类型")
          .optional("caller_hash", STRING, "来电号码（假名）")
          .required("street_code", STRING, "所属街道代码")
          .optional("community_code", STRING, "所属社区代码")
          .required("handler_code", STRING, "承办单位代码")
          .optional("sign_deadline", TIMESTAMP, "签收时限")
          .optional("signed_at", TIMESTAMP, "签收时间")
          .optional("close_deadline", TIMESTAMP, "办结时限")
          .optional("closed_at", TIMESTAMP, "办结时间")
          .required("status", STRING, "工单状态")
          .required("returned", BOOLEAN, "是否退单")
          .required("reopened", BOOLEAN, "是否重办")
          .required("unreasonable", BOOLEAN, "是否不合理诉求")
          .optional("callback_result", STRING, "回访结果")
          .optional("callback_satisfaction", STRING, "回访满意度")
          .build();

  public static final TableSpec MEDIATION_CASES =
      TableSpec.builder("mediation_cases", "人民调解案件", "一行一件调解案件")
          .required("case_id", STRING, "调解案件编号")
          .required(SOURCE_FILE, STRING, "来源文件")
          .required(ROW_NUMBER, LONG, "行号")
          .required("accepted_on", DATE, "受理日期")
          .required("street_code", STRING, "所属街道代码")
          .optional("community_code", STRING, "所属社区代码")
          .optional("dispute_type", STRING, "纠纷类型")
          .required("result", STRING, "调解结果")
          .optional("closed_on", DATE, "结案日期")
          .build();

  public static final TableSpec MEDIATION_SUMMARY =
      TableSpec.builder("mediation_summary", "调解汇总", "一行一个街道一年的调解受理数与成功数")
          .required(SOURCE_FILE, STRING, "来源文件")
          .required(ROW_NUMBER, LONG, "行号")
          .required("street_code", STRING, "街道代码")
          .required("year", INT, "年度")
          .required("accepted", INT, "受理数")
          .required("succeeded", INT, "成功数")
          .build();

  public static final TableSpec COMMUNITY_FACTS =
      TableSpec.builder("community_facts", "社区基础数据", "一行一个社区一年的行政数据")
          .required(SOURCE_FILE, STRING, "来源文件")
          .required(ROW_NUMBER, LONG, "行号")
          .required("community_code", STRING, "社区代码")
          .required("year", INT, "年度")
          .optional("volunteers", DOUBLE, "注册志愿者人数")
          .optional("service_area", DOUBLE, "社区服务用房面积")
          .optional("office_area", DOUBLE, "社区工作人员办公面积")
          .optional("centre_area", DOUBLE, "社区综合服务中心面积")
          .optional("staff", DOUBLE, "专职社区工作者人数")
          .optional("certified_workers", DOUBLE, "持证社工人数")
          .optional("social_orgs", DOUBLE, "社区社会组织数")
          .optional("direct_election", BOOLEAN, "居委会直选")
          .optional("turnout_pct", DOUBLE, "居民参选率")
          .optional("consultations", DOUBLE, "议事协商会议次数")
          .optional("service_fund", DOUBLE, "为民服务专项资金")
          .optional("online_share_pct", DOUBLE, "网上办理事项占比")
          .build();

  public static final TableSpec STREET_FACTS =
      TableSpec.builder("street_facts", "街道经济数据", "一行一个街道一年的经济数据（万元）")
          .required(SOURCE_FILE, STRING, "来源文件")
          .required(ROW_NUMBER, LONG, "行号")
          .required("street_code", STRING, "街道代码")
          .required("year", INT, "年度")
          .optional("investment_attracted", DOUBLE, "招商引资额")
          .optional("fixed_asset_investment", DOUBLE, "固定资产投资额")
          .optional("retail_sales", DOUBLE, "社会消费品零售总额")
          .optional("fiscal_revenue", DOUBLE, "财税收入")
          .build();

  public static final TableSpec PROJECTS =
      TableSpec.builder("projects", "创新项目", "一行一个社区创新项目")
          .required(SOURCE_FILE, STRING, "来源文件")
          .required(ROW_NUMBER, LONG, "行号")
          .required("project_code", STRING, "项目编号")
          .required("community_code", STRING, "社区代码")
          .required("year", INT, "年度")
          .optional("project_name", STRING, "项目名称")
          .optional("project_type", STRING, "项目类型")
          .required("resident_satisfaction", DOUBLE, "居民满意度得分")
          .required("social_effect", DOUBLE, "社会效果评价得分")
          .build();

  /** Every rejected input row: the file, its row, the reason code and a reason in words. */
  public static final TableSpec REJECTS =
      TableSpec.builder("rejects", "剔除记录", "一行一条被剔除的输入记录及其原因")
          .required("file", STRING, "文件")
          .required(ROW_NUMBER, LONG, "行号")
          .required("reason_code", STRING, "原因代码")
          .required("reason", STRING, "原因")
          .build();

  /** All datasets written under {@code ingested/}, in processing order. */
  public static final List<TableSpec> INGESTED =
      List.of(
          DISTRICTS,
          STREETS,
          COMMUNITIES,
          DEPARTMENTS,
          RESIDENT_RESPONSES,
          RESIDENT_ANSWERS,
          RESIDENT_RESPONSE_META,
          DEPARTMENT_RATINGS,
          DEPARTMENT_ANSWERS,
          HOTLINE_ORDERS,
          MEDIATION_CASES,
          MEDIATION_SUMMARY,
          COMMUNITY_FACTS,
          STREET_FACTS,
          PROJECTS);

  /**
   * The column that assigns each row of a dated dataset to its period (a calendar year): 提交答卷时间 of
   * survey responses and ratings, 来电时间 of work orders, 受理日期 of mediation cases, 年度 of summaries,
   * facts and projects. Registry tables are not dated.
   */
  public static final java.util.Map<String, String> PERIOD_COLUMNS =
      java.util.Map.of(
          RESIDENT_RESPONSES.name(), "submitted_at",
          RESIDENT_RESPONSE_META.name(), "submitted_at",
          DEPARTMENT_RATINGS.name(), "submitted_at",
          HOTLINE_ORDERS.name(), "called_at",
          MEDIATION_CASES.name(), "accepted_on",
          MEDIATION_SUMMARY.name(), "year",
          COMMUNITY_FACTS.name(), "year",
          STREET_FACTS.name(), "year",
          PROJECTS.name(), "year");

  private Datasets() {}
}
