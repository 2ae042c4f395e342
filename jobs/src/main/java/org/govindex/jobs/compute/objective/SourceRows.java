package org.govindex.jobs.compute.objective;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The source rows of the objective indicators, each projected to measures (see {@link Measures}),
 * still carrying the unit codes they can be grouped by.
 */
final class SourceRows {

  static final String VOIDED = "[作废]";
  static final String CLOSED_STATUS = "已办结";
  static final String SOLVED = "已解决";
  static final String NOT_SOLVED = "未解决";
  static final String MEDIATION_SUCCESS = "调解成功";

  private SourceRows() {}

  /**
   * Orders of E in the period with their 0/1 measures, keyed by street_code, community_code and
   * handler_code. E: 工单状态 is not {@code [作废]} and 是否不合理诉求 is not 是.
   */
  static Dataset<Row> eligibleOrders(Dataset<Row> orders, PeriodWindow period) {
    Column eligible =
        coalesce(col("status"), lit(""))
            .notEqual(VOIDED)
            .and(coalesce(col("unreasonable"), lit(false)).equalTo(false));
    Map<String, Column> m = new LinkedHashMap<>();
    m.put(Measures.ELIGIBLE, lit(1.0));
    m.put(Measures.WITH_SIGN_DEADLINE, indicator(col("sign_deadline").isNotNull()));
    m.put(
        Measures.SIGNED_IN_TIME,
        indicator(
            col("sign_deadline")
                .isNotNull()
                .and(col("signed_at").isNotNull())
                .and(col("signed_at").leq(col("sign_deadline")))));
    Column closed = coalesce(col("status").equalTo(CLOSED_STATUS), lit(false));
    m.put(Measures.CLOSED, indicator(closed));
    m.put(
        Measures.CLOSED_IN_TIME,
        indicator(
            closed
                .and(col("closed_at").isNotNull())
                .and(col("close_deadline").isNotNull())
                .and(col("closed_at").leq(col("close_deadline")))));
    m.put(Measures.SOLVED, indicator(col("callback_result").equalTo(SOLVED)));
    m.put(Measures.SOLVED_OR_NOT, indicator(col("callback_result").isin(SOLVED, NOT_SOLVED)));
    m.put(Measures.SATISFIED, indicator(col("callback_satisfaction").isin("满意", "基本满意")));
    m.put(Measures.RATED, indicator(col("callback_satisfaction").isin("满意", "基本满意", "不满意")));
    m.put(Measures.RETURNED, indicator(col("returned")));
    m.put(Measures.REOPENED, indicator(col("reopened")));
    return orders
        .where(eligible.and(period.containsInstant("called_at")))
        .select(withKeys(m, "street_code", "community_code", "handler_code"));
  }

  /** Mediation cases accepted in the period: one case each, 1 success when 调解成功. */
  static Dataset<Row> mediationCases(Dataset<Row> cases, PeriodWindow period) {
    Map<String, Column> m = new LinkedHashMap<>();
    m.put(Measures.MEDIATION_CASES, lit(1.0));
    m.put(Measures.MEDIATION_SUCCESSES, indicator(col("result").equalTo(MEDIATION_SUCCESS)));
    return cases
        .where(period.containsDate("accepted_on"))
        .select(withKeys(m, "street_code", "community_code"));
  }

  /** Street mediation summaries (受理数, 成功数) of the period year. */
  static Dataset<Row> mediationSummary(Dataset<Row> summary, PeriodWindow period) {
    Map<String, Column> m = new LinkedHashMap<>();
    m.put(Measures.SUMMARY_ROWS, lit(1.0));
    m.put(Measures.SUMMARY_ACCEPTED, col("accepted").cast("double"));
    m.put(Measures.SUMMARY_SUCCEEDED, col("succeeded").cast("double"));
    return summary.where(period.isYear("year")).select(withKeys(m, "street_code"));
  }

  /**
   * Community facts of the period joined to the registry (population, households, street), as
   * numerator/denominator pairs that count only when both are known.
   */
  static Dataset<Row> communityFacts(
      Dataset<Row> facts, Dataset<Row> communities, PeriodWindow period) {
    Dataset<Row> joined =
        facts
            .where(period.isYear("year"))
            .select(
                col("community_code"),
                col("volunteers"),
                col("service_area"),
                col("office_area"),
                col("centre_area"),
                col("staff"),
                col("certified_workers"),
                col("social_orgs"))
            .join(
                communities.select(
                    col("community_code"),
                    col("street_code"),
                    col("population").cast("double").as("population"),
                    col("households").cast("double").as("households")),
                "community_code");
    Map<String, Column> m = new LinkedHashMap<>();
    pair(m, "volunteers", "population", Measures.VOLUNTEERS, Measures.VOLUNTEERS_POPULATION);
    m.put(Measures.VOLUNTEERS_N, known("volunteers", "population"));
    pair(m, "office_area", "service_area", Measures.OFFICE_AREA, Measures.OFFICE_SERVICE_AREA);
    m.put(Measures.OFFICE_N, known("office_area", "service_area"));
    pair(m, "centre_area", "households", Measures.CENTRE_AREA, Measures.CENTRE_HOUSEHOLDS);
    m.put(Measures.CENTRE_N, known("centre_area", "households"));
    pair(m, "certified_workers", "staff", Measures.CERTIFIED, Measures.CERTIFIED_STAFF);
    m.put(Measures.CERTIFIED_N, known("certified_workers", "staff"));
    pair(m, "social_orgs", "population", Measures.SOCIAL_ORGS, Measures.SOCIAL_ORGS_POPULATION);
    m.put(Measures.SOCIAL_ORGS_N, known("social_orgs", "population"));
    return joined.select(withKeys(m, "street_code", "community_code"));
  }

  /** Registry communities: population and one community each. */
  static Dataset<Row> registryCommunities(Dataset<Row> communities) {
    Map<String, Column> m = new LinkedHashMap<>();
    m.put(Measures.POPULATION, col("population").cast("double"));
    m.put(Measures.COMMUNITIES, lit(1.0));
    return communities.select(withKeys(m, "street_code", "community_code"));
  }

  /** Registry streets with the 中心城区 flag of their district (1 central, 0 otherwise). */
  static Dataset<Row> registryStreets(Dataset<Row> streets, Dataset<Row> districts) {
    Map<String, Column> m = new LinkedHashMap<>();
    m.put(Measures.UNIT_ROWS, lit(1.0));
    m.put(Measures.CENTRAL, indicator(col("central")));
    return streets
        .join(districts.select(col("district_code"), col("central")), "district_code", "left")
        .select(withKeys(m, "street_code"));
  }

  /** Street facts (万元) of the period year. */
  static Dataset<Row> streetFacts(Dataset<Row> facts, PeriodWindow period) {
    Map<String, Column> m = new LinkedHashMap<>();
    m.put(Measures.INVESTMENT, col("investment_attracted").cast("double"));
    m.put(Measures.FIXED_ASSETS, col("fixed_asset_investment").cast("double"));
    m.put(Measures.RETAIL, col("retail_sales").cast("double"));
    m.put(Measures.FISCAL, col("fiscal_revenue").cast("double"));
    return facts.where(period.isYear("year")).select(withKeys(m, "street_code"));
  }

  /** A registry unit row: marks the unit as existing. */
  static Dataset<Row> registryUnits(Dataset<Row> units, String codeColumn) {
    Map<String, Column> m = new LinkedHashMap<>();
    m.put(Measures.UNIT_ROWS, lit(1.0));
    return units.select(withKeys(m, codeColumn));
  }

  private static void pair(
      Map<String, Column> m, String num, String den, String numName, String denName) {
    Column both = col(num).isNotNull().and(col(den).isNotNull());
    m.put(numName, when(both, col(num).cast("double")));
    m.put(denName, when(both, col(den).cast("double")));
  }

  private static Column known(String num, String den) {
    return when(col(num).isNotNull().and(col(den).isNotNull()), lit(1.0));
  }

  /** 1.0 when the condition holds, 0.0 otherwise (a null condition counts as false). */
  static Column indicator(Column condition) {
    return when(coalesce(condition, lit(false)), lit(1.0)).otherwise(lit(0.0));
  }

  private static Column[] withKeys(Map<String, Column> measures, String... keys) {
    Column[] out = new Column[keys.length + measures.size()];
    int i = 0;
    for (String key : keys) {
      out[i++] = col(key);
    }
    for (Map.Entry<String, Column> e : measures.entrySet()) {
      out[i++] = e.getValue().cast("double").as(e.getKey());
    }
    return out;
  }
}
