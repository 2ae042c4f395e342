package org.govindex.indicators.objective;

/**
 * The eligible work orders of one year and one (所属街道代码, 所属社区代码) pair, or of one year and one
 * 承办单位代码: the one aggregation per grouping level that the order rows reduce to.
 *
 * @param year the calendar year of 来电时间 (Asia/Shanghai)
 * @param streetCode 所属街道代码, null in a handler tally
 * @param communityCode 所属社区代码, null when the order names no community (and in a handler tally)
 * @param handlerCode 承办单位代码 of a handler tally, null otherwise
 */
public record OrderTally(
    int year, String streetCode, String communityCode, String handlerCode, OrderCounts counts) {

  /** A tally of the orders of a street and (possibly null) community. */
  public static OrderTally ofArea(int year, String street, String community, OrderCounts counts) {
    return new OrderTally(year, street, community, null, counts);
  }

  /** A tally of the orders of a handler (承办单位). */
  public static OrderTally ofHandler(int year, String handler, OrderCounts counts) {
    return new OrderTally(year, null, null, handler, counts);
  }
}
