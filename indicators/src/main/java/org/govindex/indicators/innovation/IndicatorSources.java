package org.govindex.indicators.innovation;

import java.util.ArrayList;
import java.util.List;

/**
 * The community indicators the innovation index can use, by source. Objective indicators of
 * methodology §2 are handed over as raw values (the objective scoring's formula at community level
 * for each scored year, see {@link InnovationInputs#objective()}); the rest are computed here
 * ({@link CommunityIndicators}):
 *
 * <table>
 *   <caption>indicators computed for the innovation index</caption>
 *   <tr><td>direct_election</td><td>居委会直选: 是 = 1, 否 = 0</td></tr>
 *   <tr><td>election_turnout_pct</td><td>居民参选率 (%)</td></tr>
 *   <tr><td>consultations</td><td>议事协商会议次数 in the year</td></tr>
 *   <tr><td>centre_area</td><td>社区综合服务中心面积 (m²)</td></tr>
 *   <tr><td>service_fund</td><td>为民服务专项资金 (万元)</td></tr>
 *   <tr><td>staff_per_1000_households</td><td>专职社区工作者人数 / 户数 × 1000</td></tr>
 *   <tr><td>online_share_pct</td><td>网上办理事项占比 (%)</td></tr>
 *   <tr><td>project_count</td><td>projects of the community in the year (0 when the year has
 *       project data but the community none)</td></tr>
 *   <tr><td>project_score</td><td>mean project score of the community's projects in the year (see
 *       {@link AwardSettings#projectScore})</td></tr>
 *   <tr><td>resident_satisfaction</td><td>S of methodology §1 (survey of the period only), missing
 *       below the minimum community sample</td></tr>
 * </table>
 */
public final class IndicatorSources {

  /**
   * Community-level objective indicators of methodology §2 (raw values of the objective scoring).
   */
  public static final List<String> OBJECTIVE =
      List.of(
          "hotline_orders_per_1000",
          "hotline_response_rate",
          "hotline_ontime_close_rate",
          "hotline_resolution_rate",
          "hotline_satisfaction_rate",
          "hotline_return_rate",
          "hotline_reopen_rate",
          "mediation_success_rate",
          "volunteer_rate",
          "office_area_share",
          "service_area_per_100_households",
          "certified_social_worker_share",
          "social_orgs_per_1000");

  /** Indicators computed from {@code community_facts} (and the registry's 户数). */
  public static final List<String> FACTS =
      List.of(
          "direct_election",
          "election_turnout_pct",
          "consultations",
          "centre_area",
          "service_fund",
          "staff_per_1000_households",
          "online_share_pct");

  /** Indicators computed from {@code projects}. */
  public static final List<String> PROJECTS = List.of("project_count", "project_score");

  /** Indicator computed from the resident survey of the period (S, handed over). */
  public static final String SURVEY = "resident_satisfaction";

  private IndicatorSources() {}

  public static boolean computable(String code) {
    return all().contains(code);
  }

  public static List<String> all() {
    List<String> all = new ArrayList<>(OBJECTIVE);
    all.addAll(FACTS);
    all.addAll(PROJECTS);
    all.add(SURVEY);
    return all;
  }
}
