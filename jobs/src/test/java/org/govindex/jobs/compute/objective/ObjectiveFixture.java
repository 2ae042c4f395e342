package org.govindex.jobs.compute.objective;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A tiny hand-built city in the ingested-dataset schemas (docs/datasets.md), period 2026.
 *
 * <p>District D1 (中心城区) has street S1 with communities C11 (2000 residents, 800 households) and C12
 * (3000, 1000); district D2 has street S2 with community C21 (4000, 1500). Departments P1 and P2
 * (P2 handles no order). The orders, cases and facts are listed in the methods; the expected values
 * are worked out by hand in {@link ObjectiveScoringTest}.
 */
final class ObjectiveFixture {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalDateTime T = LocalDateTime.of(2026, 3, 1, 10, 0);

  private static final StructType ORDERS =
      new StructType()
          .add("order_id", DataTypes.StringType)
          .add("source_file", DataTypes.StringType)
          .add("row_number", DataTypes.IntegerType)
          .add("called_at", DataTypes.TimestampType)
          .add("channel", DataTypes.StringType)
          .add("request_type", DataTypes.StringType)
          .add("caller_hash", DataTypes.StringType)
          .add("street_code", DataTypes.StringType)
          .add("community_code", DataTypes.StringType)
          .add("handler_code", DataTypes.StringType)
          .add("sign_deadline", DataTypes.TimestampType)
          .add("signed_at", DataTypes.TimestampType)
          .add("close_deadline", DataTypes.TimestampType)
          .add("closed_at", DataTypes.TimestampType)
          .add("status", DataTypes.StringType)
          .add("returned", DataTypes.BooleanType)
          .add("reopened", DataTypes.BooleanType)
          .add("unreasonable", DataTypes.BooleanType)
          .add("callback_result", DataTypes.StringType)
          .add("callback_satisfaction", DataTypes.StringType);

  private static final StructType CASES =
      new StructType()
          .add("case_id", DataTypes.StringType)
          .add("source_file", DataTypes.StringType)
          .add("row_number", DataTypes.IntegerType)
          .add("accepted_on", DataTypes.DateType)
          .add("street_code", DataTypes.StringType)
          .add("community_code", DataTypes.StringType)
          .add("dispute_type", DataTypes.StringType)
          .add("result", DataTypes.StringType)
          .add("closed_on", DataTypes.DateType);

  private static final StructType SUMMARY =
      new StructType()
          .add("source_file", DataTypes.StringType)
          .add("row_number", DataTypes.IntegerType)
          .add("street_code", DataTypes.StringType)
          .add("year", DataTypes.IntegerType)
          .add("accepted", DataTypes.IntegerType)
          .add("succeeded", DataTypes.IntegerType);

  private static final StructType COMMUNITY_FACTS =
      new StructType()
          .add("source_file", DataTypes.StringType)
          .add("row_number", DataTypes.IntegerType)
          .add("community_code", DataTypes.StringType)
          .add("year", DataTypes.IntegerType)
          .add("volunteers", DataTypes.DoubleType)
          .add("service_area", DataTypes.DoubleType)
          .add("office_area", DataTypes.DoubleType)
          .add("centre_area", DataTypes.DoubleType)
          .add("staff", DataTypes.DoubleType)
          .add("certified_workers", DataTypes.DoubleType)
          .add("social_orgs", DataTypes.DoubleType)
          .add("direct_election", DataTypes.BooleanType)
          .add("turnout_pct", DataTypes.DoubleType)
          .add("consultations", DataTypes.DoubleType)
          .add("service_fund", DataTypes.DoubleType)
          .add("online_share_pct", DataTypes.DoubleType);

  static final StructType STREET_FACTS =
      new StructType()
          .add("source_file", DataTypes.StringType)
          .add("row_number", DataTypes.IntegerType)
          .add("street_code", DataTypes.StringType)
          .add("year", DataTypes.IntegerType)
          .add("investment_attracted", DataTypes.DoubleType)
          .add("fixed_asset_investment", DataTypes.DoubleType)
          .add("retail_sales", DataTypes.DoubleType)
          .add("fiscal_revenue", DataTypes.DoubleType);

  private ObjectiveFixture() {}

  static Timestamp at(LocalDateTime shanghaiTime) {
    return Timestamp.from(shanghaiTime.atZone(SHANGHAI).toInstant());
  }

  private static Row order(
      String id,
      LocalDateTime called,
      String street,
      String community,
      String handler,
      LocalDateTime signDeadline,
      LocalDateTime signedAt,
      LocalDateTime closeDeadline,
      LocalDateTime closedAt,
      String status,
      boolean returned,
      boolean reopened,
      boolean unreasonable,
      String callback,
      String satisfaction) {
    return RowFactory.create(
        id,
        "cases/hotline.csv",
        Integer.parseInt(id.substring(1)),
        at(called),
        "电话",
        "投诉",
        null,
        street,
        community,
        handler,
        signDeadline == null ? null : at(signDeadline),
        signedAt == null ? null : at(signedAt),
        closeDeadline == null ? null : at(closeDeadline),
        closedAt == null ? null : at(closedAt),
        status,
        returned,
        reopened,
        unreasonable,
        callback,
        satisfaction);
  }

  /**
   * Orders (D = T + 1 day is the deadline, on time = T + 12 h, late = T + 2 days).
   *
   * <pre>
   * O1  C11 P1 signed on time, 已办结 on time, 已解决, 满意
   * O2  C11 P1 signed late, 已办结 late, 退单, 未解决, 不满意
   * O3  C11 P1 no 签收时限, 办理中, 重办, 未解决, 未评价
   * O4  C11 P1 [作废]                              (not in E)
   * O5  C11 P1 不合理诉求                            (not in E)
   * O6  C11 P1 called 2025-12-31 23:30 Shanghai      (not in period)
   * O7  C11 P1 called 2026-01-01 00:30 Shanghai (= 2025-12-31 UTC), signed on time, 已办结 without
   *           办结时间 (not on time), 已解决, 基本满意
   * O8  S1 without community, P1, all on time, 已解决, 满意
   * O9  C21 (S2) P1 signed on time, 办理中, 退单, 重办, 未解决, 满意
   * O10 C11 P1 called 2027-01-01 00:00 Shanghai      (not in period)
   * O11 C12 handled by street S1, signed and closed exactly at the deadlines, 已解决, 不满意
   * O12 C12 P1 no deadlines, 办理中, no call-back
   * </pre>
   */
  static Dataset<Row> orders(SparkSession spark) {
    LocalDateTime d = T.plusDays(1);
    LocalDateTime onTime = T.plusHours(12);
    LocalDateTime late = T.plusDays(2);
    LocalDateTime closeBy = T.plusDays(30);
    LocalDateTime newYear = LocalDateTime.of(2026, 1, 1, 0, 30);
    List<Row> rows = new ArrayList<>();
    rows.add(
        order(
            "O1", T, "S1", "C11", "P1", d, onTime, closeBy, onTime, "已办结", false, false, false,
            "已解决", "满意"));
    rows.add(
        order(
            "O2", T, "S1", "C11", "P1", d, late, d, late, "已办结", true, false, false, "未解决", "不满意"));
    rows.add(
        order(
            "O3", T, "S1", "C11", "P1", null, null, closeBy, null, "办理中", false, true, false, "未解决",
            "未评价"));
    rows.add(
        order(
            "O4", T, "S1", "C11", "P1", d, onTime, closeBy, onTime, "[作废]", false, false, false,
            "已解决", "满意"));
    rows.add(
        order(
            "O5", T, "S1", "C11", "P1", d, onTime, closeBy, onTime, "已办结", false, false, true,
            "已解决", "满意"));
    LocalDateTime oldYear = LocalDateTime.of(2025, 12, 31, 23, 30);
    rows.add(
        order(
            "O6",
            oldYear,
            "S1",
            "C11",
            "P1",
            oldYear.plusDays(1),
            oldYear.plusHours(1),
            oldYear.plusDays(30),
            oldYear.plusHours(2),
            "已办结",
            false,
            false,
            false,
            "已解决",
            "满意"));
    rows.add(
        order(
            "O7",
            newYear,
            "S1",
            "C11",
            "P1",
            newYear.plusDays(1),
            newYear.plusHours(1),
            newYear.plusDays(30),
            null,
            "已办结",
            false,
            false,
            false,
            "已解决",
            "基本满意"));
    rows.add(
        order(
            "O8", T, "S1", null, "P1", d, onTime, closeBy, onTime, "已办结", false, false, false,
            "已解决", "满意"));
    rows.add(
        order(
            "O9", T, "S2", "C21", "P1", d, onTime, closeBy, null, "办理中", true, true, false, "未解决",
            "满意"));
    LocalDateTime nextYear = LocalDateTime.of(2027, 1, 1, 0, 0);
    rows.add(
        order(
            "O10",
            nextYear,
            "S1",
            "C11",
            "P1",
            nextYear.plusDays(1),
            nextYear.plusHours(1),
            nextYear.plusDays(30),
            nextYear.plusHours(2),
            "已办结",
            false,
            false,
            false,
            "已解决",
            "满意"));
    rows.add(
        order(
            "O11", T, "S1", "C12", "S1", d, d, closeBy, closeBy, "已办结", false, false, false, "已解决",
            "不满意"));
    rows.add(
        order(
            "O12", T, "S1", "C12", "P1", null, null, null, null, "办理中", false, false, false, null,
            null));
    return spark.createDataFrame(rows, ORDERS);
  }

  private static Row mediation(
      String id, LocalDate accepted, String street, String community, String result) {
    return RowFactory.create(
        id,
        "cases/mediation.csv",
        Integer.parseInt(id.substring(1)),
        Date.valueOf(accepted),
        street,
        community,
        "邻里纠纷",
        result,
        null);
  }

  /**
   * M1-M4 C11 in 2026: 调解成功, 调解不成功, 终止调解, 调解成功; M5 C11 on 2025-12-31 (out); M6 S1 without community
   * 调解成功.
   */
  static Dataset<Row> mediationCases(SparkSession spark) {
    List<Row> rows =
        List.of(
            mediation("M1", LocalDate.of(2026, 2, 1), "S1", "C11", "调解成功"),
            mediation("M2", LocalDate.of(2026, 3, 1), "S1", "C11", "调解不成功"),
            mediation("M3", LocalDate.of(2026, 4, 1), "S1", "C11", "终止调解"),
            mediation("M4", LocalDate.of(2026, 5, 1), "S1", "C11", "调解成功"),
            mediation("M5", LocalDate.of(2025, 12, 31), "S1", "C11", "调解成功"),
            mediation("M6", LocalDate.of(2026, 6, 1), "S1", null, "调解成功"));
    return spark.createDataFrame(rows, CASES);
  }

  /** S2 2026: 10 accepted, 9 succeeded; S1 2026 100/1 (ignored: S1 has cases); S2 2025 (out). */
  static Dataset<Row> mediationSummary(SparkSession spark) {
    List<Row> rows =
        List.of(
            RowFactory.create("cases/mediation_summary.csv", 1, "S2", 2026, 10, 9),
            RowFactory.create("cases/mediation_summary.csv", 2, "S1", 2026, 100, 1),
            RowFactory.create("cases/mediation_summary.csv", 3, "S2", 2025, 10, 0));
    return spark.createDataFrame(rows, SUMMARY);
  }

  private static Row facts(
      int row,
      String community,
      int year,
      Double volunteers,
      Double serviceArea,
      Double officeArea,
      Double centreArea,
      Double staff,
      Double certified,
      Double orgs) {
    return RowFactory.create(
        "facts/community_facts.csv",
        row,
        community,
        year,
        volunteers,
        serviceArea,
        officeArea,
        centreArea,
        staff,
        certified,
        orgs,
        true,
        60.0,
        10.0,
        20.0,
        50.0);
  }

  /**
   * 2026: C11 volunteers 100, service area 500, office 100, centre 160, staff 4, certified 3, orgs
   * 6; C12 450, 400, 120, centre unknown, staff 0, certified 0, orgs 3; C21 only a 2025 row.
   */
  static Dataset<Row> communityFacts(SparkSession spark) {
    List<Row> rows =
        List.of(
            facts(1, "C11", 2026, 100.0, 500.0, 100.0, 160.0, 4.0, 3.0, 6.0),
            facts(2, "C12", 2026, 450.0, 400.0, 120.0, null, 0.0, 0.0, 3.0),
            facts(3, "C21", 2025, 900.0, 100.0, 10.0, 500.0, 5.0, 5.0, 9.0),
            facts(4, "C11", 2025, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0));
    return spark.createDataFrame(rows, COMMUNITY_FACTS);
  }

  /** 2026 (万元): S1 1000, 3000, 5000, 500; S2 400, 800, 2000, unknown; plus a 2025 row of S2. */
  static Dataset<Row> streetFacts(SparkSession spark) {
    return streetFacts(spark, 1000.0, 400.0);
  }

  /** The street facts with the 招商引资额 of S1 and S2 replaced (for metamorphic tests). */
  static Dataset<Row> streetFacts(SparkSession spark, double investmentS1, double investmentS2) {
    List<Row> rows =
        List.of(
            RowFactory.create(
                "facts/street_facts.csv", 1, "S1", 2026, investmentS1, 3000.0, 5000.0, 500.0),
            RowFactory.create(
                "facts/street_facts.csv", 2, "S2", 2026, investmentS2, 800.0, 2000.0, null),
            RowFactory.create(
                "facts/street_facts.csv", 3, "S2", 2025, 99999.0, 99999.0, 99999.0, 99999.0));
    return spark.createDataFrame(rows, STREET_FACTS);
  }

  static Dataset<Row> communities(SparkSession spark) {
    StructType schema =
        new StructType()
            .add("community_code", DataTypes.StringType)
            .add("community_name", DataTypes.StringType)
            .add("street_code", DataTypes.StringType)
            .add("households", DataTypes.IntegerType)
            .add("population", DataTypes.IntegerType)
            .add("community_type", DataTypes.StringType);
    return spark.createDataFrame(
        List.of(
            RowFactory.create("C11", "一社区", "S1", 800, 2000, "城市社区"),
            RowFactory.create("C12", "二社区", "S1", 1000, 3000, "城市社区"),
            RowFactory.create("C21", "三社区", "S2", 1500, 4000, "城市社区")),
        schema);
  }

  static Dataset<Row> streets(SparkSession spark) {
    StructType schema =
        new StructType()
            .add("street_code", DataTypes.StringType)
            .add("street_name", DataTypes.StringType)
            .add("district_code", DataTypes.StringType);
    return spark.createDataFrame(
        List.of(RowFactory.create("S1", "一街道", "D1"), RowFactory.create("S2", "二街道", "D2")),
        schema);
  }

  static Dataset<Row> districts(SparkSession spark) {
    StructType schema =
        new StructType()
            .add("district_code", DataTypes.StringType)
            .add("district_name", DataTypes.StringType)
            .add("district_type", DataTypes.StringType)
            .add("central", DataTypes.BooleanType);
    return spark.createDataFrame(
        List.of(
            RowFactory.create("D1", "中区", "中心城区", true),
            RowFactory.create("D2", "郊区", "非中心城区", false)),
        schema);
  }

  static Dataset<Row> departments(SparkSession spark) {
    StructType schema =
        new StructType()
            .add("department_code", DataTypes.StringType)
            .add("department_name", DataTypes.StringType)
            .add("district_code", DataTypes.StringType);
    return spark.createDataFrame(
        List.of(RowFactory.create("P1", "民政局", "D1"), RowFactory.create("P2", "城管局", "D1")),
        schema);
  }

  static ObjectiveInputs inputs(SparkSession spark) {
    return inputs(spark, streetFacts(spark));
  }

  static ObjectiveInputs inputs(SparkSession spark, Dataset<Row> streetFacts) {
    return new ObjectiveInputs(
        orders(spark),
        mediationCases(spark),
        mediationSummary(spark),
        communityFacts(spark),
        streetFacts,
        communities(spark),
        streets(spark),
        districts(spark),
        departments(spark));
  }
}
