package org.govindex.jobs.compute.objective;

import java.util.List;

/**
 * Names of the additive measures summed per unit in the one aggregation of a level ({@link
 * LevelMeasures}). Every source row contributes to some of them and leaves the others null.
 */
final class Measures {

  // 12345 orders in E (工单状态 not [作废], 是否不合理诉求 not 是) of the period
  static final String ELIGIBLE = "m_eligible";
  static final String WITH_SIGN_DEADLINE = "m_with_sign_deadline";
  static final String SIGNED_IN_TIME = "m_signed_in_time";
  static final String CLOSED = "m_closed";
  static final String CLOSED_IN_TIME = "m_closed_in_time";
  static final String SOLVED = "m_solved";
  static final String SOLVED_OR_NOT = "m_solved_or_not";
  static final String SATISFIED = "m_satisfied";
  static final String RATED = "m_rated";
  static final String RETURNED = "m_returned";
  static final String REOPENED = "m_reopened";

  // mediation
  static final String MEDIATION_CASES = "m_mediation_cases";
  static final String MEDIATION_SUCCESSES = "m_mediation_successes";
  static final String SUMMARY_ROWS = "m_summary_rows";
  static final String SUMMARY_ACCEPTED = "m_summary_accepted";
  static final String SUMMARY_SUCCEEDED = "m_summary_succeeded";

  // registry
  static final String UNIT_ROWS = "m_unit_rows";
  static final String CENTRAL = "m_central";
  static final String POPULATION = "m_population";
  static final String COMMUNITIES = "m_communities";

  // community facts of the period, as (numerator, denominator, communities counted) triples: a
  // community counts only when both its numerator and its denominator are known
  static final String VOLUNTEERS = "m_volunteers";
  static final String VOLUNTEERS_POPULATION = "m_volunteers_population";
  static final String VOLUNTEERS_N = "m_volunteers_n";
  static final String OFFICE_AREA = "m_office_area";
  static final String OFFICE_SERVICE_AREA = "m_office_service_area";
  static final String OFFICE_N = "m_office_n";
  static final String CENTRE_AREA = "m_centre_area";
  static final String CENTRE_HOUSEHOLDS = "m_centre_households";
  static final String CENTRE_N = "m_centre_n";
  static final String CERTIFIED = "m_certified";
  static final String CERTIFIED_STAFF = "m_certified_staff";
  static final String CERTIFIED_N = "m_certified_n";
  static final String SOCIAL_ORGS = "m_social_orgs";
  static final String SOCIAL_ORGS_POPULATION = "m_social_orgs_population";
  static final String SOCIAL_ORGS_N = "m_social_orgs_n";

  // street facts of the period (万元)
  static final String INVESTMENT = "m_investment_attracted";
  static final String FIXED_ASSETS = "m_fixed_asset_investment";
  static final String RETAIL = "m_retail_sales";
  static final String FISCAL = "m_fiscal_revenue";

  /** All measures; all are summed except {@link #CENTRAL}, which takes the maximum. */
  static final List<String> ALL =
      List.of(
          ELIGIBLE,
          WITH_SIGN_DEADLINE,
          SIGNED_IN_TIME,
          CLOSED,
          CLOSED_IN_TIME,
          SOLVED,
          SOLVED_OR_NOT,
          SATISFIED,
          RATED,
          RETURNED,
          REOPENED,
          MEDIATION_CASES,
          MEDIATION_SUCCESSES,
          SUMMARY_ROWS,
          SUMMARY_ACCEPTED,
          SUMMARY_SUCCEEDED,
          UNIT_ROWS,
          CENTRAL,
          POPULATION,
          COMMUNITIES,
          VOLUNTEERS,
          VOLUNTEERS_POPULATION,
          VOLUNTEERS_N,
          OFFICE_AREA,
          OFFICE_SERVICE_AREA,
          OFFICE_N,
          CENTRE_AREA,
          CENTRE_HOUSEHOLDS,
          CENTRE_N,
          CERTIFIED,
          CERTIFIED_STAFF,
          CERTIFIED_N,
          SOCIAL_ORGS,
          SOCIAL_ORGS_POPULATION,
          SOCIAL_ORGS_N,
          INVESTMENT,
          FIXED_ASSETS,
          RETAIL,
          FISCAL);

  private Measures() {}
}
