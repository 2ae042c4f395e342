package org.govindex.jobs.ingest.validation;

import static org.govindex.jobs.ingest.validation.Field.nullable;
import static org.govindex.jobs.ingest.validation.Field.optional;
import static org.govindex.jobs.ingest.validation.Field.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govindex.contract.Datasets;
import org.govindex.contract.RejectReason;
import org.govindex.contract.UnitLevel;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.ingest.source.FileKind;

/**
 * The fixed-column tables of the input contract (registry, cases, facts) as {@link FieldTable}s
 * whose output columns are those of docs/datasets.md.
 */
public final class TableSpecs {

  static final Set<String> DISTRICT_TYPES = Set.of("中心城区", "非中心城区");
  static final Set<String> COMMUNITY_TYPES = Set.of("城市社区", "农村社区");
  static final Set<String> REQUEST_TYPES = Set.of("咨询", "求助", "投诉", "举报", "建议", "感谢", "其他");
  static final Set<String> ORDER_STATUSES = Set.of("已办结", "办理中", "[作废]");
  static final Set<String> CALLBACK_RESULTS = Set.of("已解决", "未解决", "未回访");
  static final Set<String> CALLBACK_SATISFACTION = Set.of("满意", "基本满意", "不满意", "未评价");
  static final Set<String> MEDIATION_RESULTS = Set.of("调解成功", "调解不成功", "终止调解");

  /** Upper bound of amounts and counts: rejects absurd magnitudes such as mangled codes. */
  private static final double LARGE = 1e12;

  private TableSpecs() {}

  /** The validator of a fixed-column kind (not the two survey kinds). */
  public static FieldTable of(FileKind kind, Pseudonymizer pseudonymizer) {
    return switch (kind) {
      case DISTRICTS -> districts(pseudonymizer);
      case STREETS -> streets(pseudonymizer);
      case COMMUNITIES -> communities(pseudonymizer);
      case DEPARTMENTS -> departments(pseudonymizer);
      case HOTLINE -> hotline(pseudonymizer);
      case MEDIATION -> mediation(pseudonymizer);
      case MEDIATION_SUMMARY -> mediationSummary(pseudonymizer);
      case COMMUNITY_FACTS -> communityFacts(pseudonymizer);
      case STREET_FACTS -> streetFacts(pseudonymizer);
      case PROJECTS -> projects(pseudonymizer);
      case RESIDENT_SURVEY, DEPARTMENT_SURVEY ->
          throw new IllegalArgumentException(kind + " is not a fixed-column table");
    };
  }

  public static FieldTable districts(Pseudonymizer p) {
    return new FieldTable(
        Datasets.DISTRICTS,
        List.of(
            required("district_code", "区划代码", new CellType.Code(UnitLevel.DISTRICT)),
            required("district_name", "区名称", new CellType.Text()),
            required("district_type", "区类型", new CellType.Choice(DISTRICT_TYPES))),
        List.of(new FieldTable.Derived("central", v -> "中心城区".equals(v.get("district_type")))),
        List.of("district_code"),
        null,
        p);
  }

  public static FieldTable streets(Pseudonymizer p) {
    return new FieldTable(
        Datasets.STREETS,
        List.of(
            required("street_code", "街道代码", new CellType.Code(UnitLevel.STREET)),
            required("street_name", "街道名称", new CellType.Text()),
            required("district_code", "区划代码", new CellType.Ref(null, UnitLevel.DISTRICT))),
        List.of(),
        List.of("street_code"),
        null,
        p);
  }

  public static FieldTable communities(Pseudonymizer p) {
    return new FieldTable(
        Datasets.COMMUNITIES,
        List.of(
            required("community_code", "社区代码", new CellType.Code(UnitLevel.COMMUNITY)),
            required("community_name", "社区名称", new CellType.Text()),
            required("street_code", "街道代码", new CellType.Ref(null, UnitLevel.STREET)),
            required("households", "户数", new CellType.Count()),
            required("population", "常住人口", new CellType.Count()),
            required("community_type", "社区类型", new CellType.Choice(COMMUNITY_TYPES))),
        List.of(),
        List.of("community_code"),
        null,
        p);
  }

  public static FieldTable departments(Pseudonymizer p) {
    return new FieldTable(
        Datasets.DEPARTMENTS,
        List.of(
            required("department_code", "部门代码", new CellType.Code(UnitLevel.DEPARTMENT)),
            required("department_name", "部门名称", new CellType.Text()),
            required("district_code", "区划代码", new CellType.Ref(null, UnitLevel.DISTRICT))),
        List.of(),
        List.of("department_code"),
        null,
        p);
  }

  public static FieldTable hotline(Pseudonymizer p) {
    return new FieldTable(
        Datasets.HOTLINE_ORDERS,
        List.of(
            required("order_id", "工单编号", new CellType.Text()),
            required("called_at", "来电时间", new CellType.Timestamp()),
            nullable("channel", "受理渠道", new CellType.FreeText()),
            required("request_type", "诉求类型", new CellType.Choice(REQUEST_TYPES)),
            optional("caller_hash", "来电号码", new CellType.Phone()),
            required("street_code", "所属街道代码", new CellType.Ref(null, UnitLevel.STREET)),
            nullable(
                "community_code", "所属社区代码", new CellType.Ref("street_code", UnitLevel.COMMUNITY)),
            required(
                "handler_code",
                "承办单位代码",
                new CellType.Ref(null, UnitLevel.DEPARTMENT, UnitLevel.STREET)),
            nullable("sign_deadline", "签收时限", new CellType.Timestamp()),
            nullable("signed_at", "签收时间", new CellType.Timestamp()),
            nullable("close_deadline", "办结时限", new CellType.Timestamp()),
            nullable("closed_at", "办结时间", new CellType.Timestamp()),
            required("status", "工单状态", new CellType.Choice(ORDER_STATUSES)),
            required("returned", "是否退单", new CellType.YesNo()),
            required("reopened", "是否重办", new CellType.YesNo()),
            required("unreasonable", "是否不合理诉求", new CellType.YesNo()),
            nullable("callback_result", "回访结果", new CellType.Choice(CALLBACK_RESULTS)),
            nullable("callback_satisfaction", "回访满意度", new CellType.Choice(CALLBACK_SATISFACTION))),
        List.of(),
        List.of("order_id"),
        (v, registry) -> communityInStreet(v, registry, "所属社区代码", "所属街道代码"),
        p);
  }

  public static FieldTable mediation(Pseudonymizer p) {
    return new FieldTable(
        Datasets.MEDIATION_CASES,
        List.of(
            required("case_id", "调解案件编号", new CellType.Text()),
            required("accepted_on", "受理日期", new CellType.Date()),
            required("street_code", "所属街道代码", new CellType.Ref(null, UnitLevel.STREET)),
            nullable(
                "community_code", "所属社区代码", new CellType.Ref("street_code", UnitLevel.COMMUNITY)),
            nullable("dispute_type", "纠纷类型", new CellType.FreeText()),
            required("result", "调解结果", new CellType.Choice(MEDIATION_RESULTS)),
            nullable("closed_on", "结案日期", new CellType.Date())),
        List.of(),
        List.of("case_id"),
        (v, registry) -> communityInStreet(v, registry, "所属社区代码", "所属街道代码"),
        p);
  }

  public static FieldTable mediationSummary(Pseudonymizer p) {
    return new FieldTable(
        Datasets.MEDIATION_SUMMARY,
        List.of(
            required("street_code", "街道代码", new CellType.Ref(null, UnitLevel.STREET)),
            required("year", "年度", new CellType.Year()),
            required("accepted", "受理数", new CellType.Count()),
            required("succeeded", "成功数", new CellType.Count())),
        List.of(),
        List.of("street_code", "year"),
        null,
        p);
  }

  public static FieldTable communityFacts(Pseudonymizer p) {
    List<Field> fields = new ArrayList<>();
    fields.add(required("community_code", "社区代码", new CellType.Ref(null, UnitLevel.COMMUNITY)));
    fields.add(required("year", "年度", new CellType.Year()));
    fields.add(nullable("volunteers", "注册志愿者人数", amount()));
    fields.add(nullable("service_area", "社区服务用房面积", amount()));
    fields.add(nullable("office_area", "社区工作人员办公面积", amount()));
    fields.add(nullable("centre_area", "社区综合服务中心面积", amount()));
    fields.add(nullable("staff", "专职社区工作者人数", amount()));
    fields.add(nullable("certified_workers", "持证社工人数", amount()));
    fields.add(nullable("social_orgs", "社区社会组织数", amount()));
    fields.add(nullable("direct_election", "居委会直选", new CellType.YesNo()));
    fields.add(nullable("turnout_pct", "居民参选率", share()));
    fields.add(nullable("consultations", "议事协商会议次数", amount()));
    fields.add(nullable("service_fund", "为民服务专项资金", amount()));
    fields.add(nullable("online_share_pct", "网上办理事项占比", share()));
    return new FieldTable(
        Datasets.COMMUNITY_FACTS, fields, List.of(), List.of("community_code", "year"), null, p);
  }

  public static FieldTable streetFacts(Pseudonymizer p) {
    List<Field> fields =
        List.of(
            required("street_code", "街道代码", new CellType.Ref(null, UnitLevel.STREET)),
            required("year", "年度", new CellType.Year()),
            nullable("investment_attracted", "招商引资额", amount()),
            nullable("fixed_asset_investment", "固定资产投资额", amount()),
            nullable("retail_sales", "社会消费品零售总额", amount()),
            nullable("fiscal_revenue", "财税收入", amount()));
    return new FieldTable(
        Datasets.STREET_FACTS, fields, List.of(), List.of("street_code", "year"), null, p);
  }

  public static FieldTable projects(Pseudonymizer p) {
    List<Field> fields =
        List.of(
            required("project_code", "项目编号", new CellType.Text()),
            required("community_code", "社区代码", new CellType.Ref(null, UnitLevel.COMMUNITY)),
            required("year", "年度", new CellType.Year()),
            nullable("project_name", "项目名称", new CellType.FreeText()),
            nullable("project_type", "项目类型", new CellType.FreeText()),
            required("resident_satisfaction", "居民满意度得分", percent()),
            required("social_effect", "社会效果评价得分", percent()));
    return new FieldTable(Datasets.PROJECTS, fields, List.of(), List.of("project_code"), null, p);
  }

  private static CellType amount() {
    return new CellType.Number(0, LARGE);
  }

  private static CellType percent() {
    return new CellType.Number(0, 100);
  }

  /** A percentage: any number here; outside 0-100 it is {@code inconsistent} (contract rule). */
  private static CellType share() {
    return new CellType.Number(-LARGE, LARGE);
  }

  /** A community given beside a street must belong to it ({@code inconsistent} otherwise). */
  private static void communityInStreet(
      Map<String, Object> v, UnitRegistry registry, String communityHeader, String streetHeader) {
    String community = (String) v.get("community_code");
    if (community == null) {
      return;
    }
    String street = (String) v.get("street_code");
    Unit unit = registry.unit(UnitLevel.COMMUNITY, community);
    if (!unit.parentCode().equals(street)) {
      throw new CellRejection(
          RejectReason.INCONSISTENT,
          communityHeader
              + " "
              + community
              + " 属于街道 "
              + unit.parentCode()
              + "，不属于"
              + streetHeader
              + " "
              + street);
    }
  }
}
