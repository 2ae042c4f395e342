package org.govindex.jobs.compute.objective;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.indicators.appraisal.AppraisalLevel;
import org.govindex.indicators.appraisal.IndicatorDefinition;

/**
 * The definitions of methodology §2 (and the four street economic indicators) over the measures of
 * {@link LevelMeasures}. E = eligible orders of the unit in the period.
 *
 * <table>
 *   <caption>raw values</caption>
 *   <tr><td>hotline_orders_per_1000</td><td>|E| / 常住人口 × 1000</td></tr>
 *   <tr><td>hotline_response_rate</td><td>E signed by 签收时限 / E with a 签收时限</td></tr>
 *   <tr><td>hotline_ontime_close_rate</td><td>E 已办结 by 办结时限 / E 已办结</td></tr>
 *   <tr><td>hotline_resolution_rate</td><td>已解决 / (已解决 + 未解决)</td></tr>
 *   <tr><td>hotline_satisfaction_rate</td><td>(满意 + 基本满意) / (满意 + 基本满意 + 不满意)</td></tr>
 *   <tr><td>hotline_return_rate, hotline_reopen_rate</td><td>是 / |E|</td></tr>
 *   <tr><td>mediation_success_rate</td><td>调解成功 / cases accepted in the period; a street
 *       without case rows uses its summary 成功数 / 受理数</td></tr>
 *   <tr><td>volunteer_rate</td><td>Σ 注册志愿者人数 / Σ 常住人口</td></tr>
 *   <tr><td>office_area_share</td><td>Σ 办公面积 / Σ 社区服务用房面积</td></tr>
 *   <tr><td>service_area_per_100_households</td><td>Σ 社区综合服务中心面积 / Σ 户数 × 100</td></tr>
 *   <tr><td>certified_social_worker_share</td><td>Σ 持证社工人数 / Σ 专职社区工作者人数</td></tr>
 *   <tr><td>social_orgs_per_1000</td><td>Σ 社区社会组织数 / Σ 常住人口 × 1000</td></tr>
 *   <tr><td>*_per_capita (streets)</td><td>amount (万元) × 10000 / Σ 常住人口 of its communities
 *       (元 per resident)</td></tr>
 * </table>
 *
 * For a community the Σ are its own values; for a street they run over its communities with both
 * numerator and denominator known (flag {@code partial_coverage:k/n} when k &lt; n).
 */
final class IndicatorFormulas {

  private static final Map<String, IndicatorFormula> ALL = build();

  private static final List<String> HOTLINE_RATES =
      List.of(
          "hotline_response_rate",
          "hotline_ontime_close_rate",
          "hotline_resolution_rate",
          "hotline_satisfaction_rate",
          "hotline_return_rate",
          "hotline_reopen_rate");

  private static final List<String> ECONOMIC =
      List.of(
          "investment_attracted_per_capita",
          "fixed_asset_investment_per_capita",
          "retail_sales_per_capita",
          "fiscal_revenue_per_capita");

  private IndicatorFormulas() {}

  /** Codes computable at a level. */
  static List<String> supported(AppraisalLevel level) {
    return switch (level) {
      case DEPARTMENT -> HOTLINE_RATES;
      case COMMUNITY -> ALL.keySet().stream().filter(c -> !ECONOMIC.contains(c)).toList();
      case STREET -> List.copyOf(ALL.keySet());
    };
  }

  /**
   * The formulas of the catalogue's indicators at a level, in catalogue order.
   *
   * @throws ObjectiveInputException when the catalogue lists an indicator at a level where it
   *     cannot be computed
   */
  static List<IndicatorFormula> forLevel(AppraisalCatalogue catalogue, AppraisalLevel level) {
    List<IndicatorFormula> formulas = new ArrayList<>();
    for (IndicatorDefinition indicator : catalogue.indicatorsAt(level)) {
      if (!supported(level).contains(indicator.code())) {
        throw new ObjectiveInputException(
            "appraisal catalogue: indicator '"
                + indicator.code()
                + "' at level "
                + level.code()
                + " has no computation; computable there: "
                + String.join(", ", supported(level)));
      }
      formulas.add(ALL.get(indicator.code()));
    }
    return formulas;
  }

  private static Map<String, IndicatorFormula> build() {
    Map<String, IndicatorFormula> m = new LinkedHashMap<>();
    Column noFlag = lit(null).cast("string");
    Column never = lit(false);
    add(
        m,
        new IndicatorFormula(
            "hotline_orders_per_1000",
            count(Measures.ELIGIBLE),
            col(Measures.POPULATION),
            1000.0,
            never,
            noFlag));
    add(m, rate("hotline_response_rate", Measures.SIGNED_IN_TIME, Measures.WITH_SIGN_DEADLINE));
    add(m, rate("hotline_ontime_close_rate", Measures.CLOSED_IN_TIME, Measures.CLOSED));
    add(m, rate("hotline_resolution_rate", Measures.SOLVED, Measures.SOLVED_OR_NOT));
    add(m, rate("hotline_satisfaction_rate", Measures.SATISFIED, Measures.RATED));
    add(m, rate("hotline_return_rate", Measures.RETURNED, Measures.ELIGIBLE));
    add(m, rate("hotline_reopen_rate", Measures.REOPENED, Measures.ELIGIBLE));
    Column useSummary =
        count(Measures.MEDIATION_CASES).equalTo(0.0).and(count(Measures.SUMMARY_ROWS).gt(0.0));
    add(
        m,
        new IndicatorFormula(
            "mediation_success_rate",
            when(useSummary, col(Measures.SUMMARY_SUCCEEDED))
                .otherwise(count(Measures.MEDIATION_SUCCESSES)),
            when(useSummary, col(Measures.SUMMARY_ACCEPTED))
                .otherwise(count(Measures.MEDIATION_CASES)),
            1.0,
            never,
            when(useSummary, lit(ObjectiveFlags.MEDIATION_FROM_SUMMARY))));
    add(
        m,
        facts(
            "volunteer_rate",
            Measures.VOLUNTEERS,
            Measures.VOLUNTEERS_POPULATION,
            Measures.VOLUNTEERS_N,
            1.0));
    add(
        m,
        facts(
            "office_area_share",
            Measures.OFFICE_AREA,
            Measures.OFFICE_SERVICE_AREA,
            Measures.OFFICE_N,
            1.0));
    add(
        m,
        facts(
            "service_area_per_100_households",
            Measures.CENTRE_AREA,
            Measures.CENTRE_HOUSEHOLDS,
            Measures.CENTRE_N,
            100.0));
    add(
        m,
        facts(
            "certified_social_worker_share",
            Measures.CERTIFIED,
            Measures.CERTIFIED_STAFF,
            Measures.CERTIFIED_N,
            1.0));
    add(
        m,
        facts(
            "social_orgs_per_1000",
            Measures.SOCIAL_ORGS,
            Measures.SOCIAL_ORGS_POPULATION,
            Measures.SOCIAL_ORGS_N,
            1000.0));
    add(m, perCapita("investment_attracted_per_capita", Measures.INVESTMENT));
    add(m, perCapita("fixed_asset_investment_per_capita", Measures.FIXED_ASSETS));
    add(m, perCapita("retail_sales_per_capita", Measures.RETAIL));
    add(m, perCapita("fiscal_revenue_per_capita", Measures.FISCAL));
    return m;
  }

  private static void add(Map<String, IndicatorFormula> m, IndicatorFormula f) {
    m.put(f.code(), f);
  }

  private static IndicatorFormula rate(String code, String numerator, String denominator) {
    return new IndicatorFormula(
        code, count(numerator), count(denominator), 1.0, lit(false), lit(null).cast("string"));
  }

  private static IndicatorFormula facts(
      String code, String numerator, String denominator, String counted, double factor) {
    Column k = count(counted);
    Column n = count(Measures.COMMUNITIES);
    Column partial =
        when(
            k.gt(0.0).and(k.lt(n)),
            concat(
                lit(ObjectiveFlags.PARTIAL_COVERAGE + ":"),
                k.cast("long").cast("string"),
                lit("/"),
                n.cast("long").cast("string")));
    return new IndicatorFormula(
        code, col(numerator), col(denominator), factor, k.equalTo(0.0), partial);
  }

  private static IndicatorFormula perCapita(String code, String amount) {
    return new IndicatorFormula(
        code,
        col(amount),
        col(Measures.POPULATION),
        10000.0,
        col(amount).isNull(),
        lit(null).cast("string"));
  }

  /** A summed count: 0 when the unit had no row of that source. */
  private static Column count(String measure) {
    return coalesce(col(measure), lit(0.0));
  }
}
