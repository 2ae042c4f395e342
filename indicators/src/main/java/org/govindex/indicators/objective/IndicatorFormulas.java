package org.govindex.indicators.objective;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.govindex.contract.Flag;
import org.govindex.contract.Messages;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.indicators.appraisal.IndicatorDefinition;

/**
 * The definitions of methodology §2 (and the four street economic indicators) over the measures of
 * a unit ({@link UnitMeasures}). E = eligible orders of the unit in the year.
 *
 * <table>
 *   <caption>raw values</caption>
 *   <tr><td>hotline_orders_per_1000</td><td>|E| / 常住人口 × 1000</td></tr>
 *   <tr><td>hotline_response_rate</td><td>E signed by 签收时限 / E with a 签收时限</td></tr>
 *   <tr><td>hotline_ontime_close_rate</td><td>E 已办结 by 办结时限 / E 已办结</td></tr>
 *   <tr><td>hotline_resolution_rate</td><td>已解决 / (已解决 + 未解决)</td></tr>
 *   <tr><td>hotline_satisfaction_rate</td><td>(满意 + 基本满意) / (满意 + 基本满意 + 不满意)</td></tr>
 *   <tr><td>hotline_return_rate, hotline_reopen_rate</td><td>是 / |E|</td></tr>
 *   <tr><td>mediation_success_rate</td><td>调解成功 / cases accepted in the year; a street
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
  static List<String> supported(UnitLevel level) {
    return switch (level) {
      case DEPARTMENT -> HOTLINE_RATES;
      case COMMUNITY -> ALL.keySet().stream().filter(c -> !ECONOMIC.contains(c)).toList();
      case STREET -> List.copyOf(ALL.keySet());
      case DISTRICT -> List.of();
    };
  }

  /**
   * The formulas of the catalogue's indicators at a level, in catalogue order.
   *
   * @throws ObjectiveInputException when the catalogue lists an indicator at a level where it
   *     cannot be computed
   */
  static List<IndicatorFormula> forLevel(AppraisalCatalogue catalogue, UnitLevel level) {
    List<IndicatorFormula> formulas = new ArrayList<>();
    for (IndicatorDefinition indicator : catalogue.indicatorsAt(level)) {
      if (!supported(level).contains(indicator.code())) {
        throw new ObjectiveInputException(
            Messages.text(
                "objective.no-formula",
                indicator.code(),
                level.code(),
                String.join(", ", supported(level))));
      }
      formulas.add(ALL.get(indicator.code()));
    }
    return formulas;
  }

  private static Map<String, IndicatorFormula> build() {
    Map<String, IndicatorFormula> m = new LinkedHashMap<>();
    add(
        m,
        new IndicatorFormula(
            "hotline_orders_per_1000",
            u -> (double) u.orders.eligible(),
            u -> u.population,
            1000.0,
            u -> false,
            u -> null));
    add(m, rate("hotline_response_rate", OrderCounts::signedInTime, OrderCounts::withSignDeadline));
    add(m, rate("hotline_ontime_close_rate", OrderCounts::closedInTime, OrderCounts::closed));
    add(m, rate("hotline_resolution_rate", OrderCounts::solved, OrderCounts::solvedOrNot));
    add(m, rate("hotline_satisfaction_rate", OrderCounts::satisfied, OrderCounts::rated));
    add(m, rate("hotline_return_rate", OrderCounts::returned, OrderCounts::eligible));
    add(m, rate("hotline_reopen_rate", OrderCounts::reopened, OrderCounts::eligible));
    add(
        m,
        new IndicatorFormula(
            "mediation_success_rate",
            u -> useSummary(u) ? u.summarySucceeded : (double) u.successes,
            u -> useSummary(u) ? u.summaryAccepted : (double) u.cases,
            1.0,
            u -> false,
            u -> useSummary(u) ? Flag.MEDIATION_FROM_SUMMARY.code() : null));
    add(m, facts("volunteer_rate", u -> u.volunteers, 1.0));
    add(m, facts("office_area_share", u -> u.officeArea, 1.0));
    add(m, facts("service_area_per_100_households", u -> u.centreArea, 100.0));
    add(m, facts("certified_social_worker_share", u -> u.certified, 1.0));
    add(m, facts("social_orgs_per_1000", u -> u.socialOrgs, 1000.0));
    add(m, perCapita("investment_attracted_per_capita", u -> u.investment));
    add(m, perCapita("fixed_asset_investment_per_capita", u -> u.fixedAssets));
    add(m, perCapita("retail_sales_per_capita", u -> u.retail));
    add(m, perCapita("fiscal_revenue_per_capita", u -> u.fiscal));
    return m;
  }

  /** A street without case rows but with a summary of the year uses the summary. */
  private static boolean useSummary(UnitMeasures u) {
    return u.cases == 0 && u.summaryRows > 0;
  }

  private static void add(Map<String, IndicatorFormula> m, IndicatorFormula f) {
    m.put(f.code(), f);
  }

  private static IndicatorFormula rate(
      String code, Function<OrderCounts, Long> numerator, Function<OrderCounts, Long> denominator) {
    return new IndicatorFormula(
        code,
        u -> (double) numerator.apply(u.orders),
        u -> (double) denominator.apply(u.orders),
        1.0,
        u -> false,
        u -> null);
  }

  private static IndicatorFormula facts(
      String code, Function<UnitMeasures, UnitMeasures.FactsPair> pair, double factor) {
    return new IndicatorFormula(
        code,
        u -> pair.apply(u).numerator(),
        u -> pair.apply(u).denominator(),
        factor,
        u -> pair.apply(u).known == 0,
        u -> {
          long k = pair.apply(u).known;
          return k > 0 && k < u.communities
              ? Flag.PARTIAL_COVERAGE.with(k + "/" + u.communities)
              : null;
        });
  }

  private static IndicatorFormula perCapita(String code, Function<UnitMeasures, Double> amount) {
    return new IndicatorFormula(
        code, amount, u -> u.population, 10000.0, u -> amount.apply(u) == null, u -> null);
  }
}
