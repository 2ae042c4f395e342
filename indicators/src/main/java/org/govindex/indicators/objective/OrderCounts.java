package org.govindex.indicators.objective;

/**
 * Counts of 12345 work orders, the additive measures of the hotline indicators (methodology §2). E
 * = eligible orders: 工单状态 not {@code [作废]} and 是否不合理诉求 not 是, 来电时间 in the year.
 *
 * @param eligible |E|
 * @param withSignDeadline E with a 签收时限
 * @param signedInTime E signed (签收时间) no later than its 签收时限
 * @param closed E with 工单状态 已办结
 * @param closedInTime E 已办结 with 办结时间 no later than its 办结时限
 * @param solved E with 回访结果 已解决
 * @param solvedOrNot E with 回访结果 已解决 or 未解决
 * @param satisfied E with 回访满意度 满意 or 基本满意
 * @param rated E with 回访满意度 满意, 基本满意 or 不满意
 * @param returned E with 是否退单 是
 * @param reopened E with 是否重办 是
 */
public record OrderCounts(
    long eligible,
    long withSignDeadline,
    long signedInTime,
    long closed,
    long closedInTime,
    long solved,
    long solvedOrNot,
    long satisfied,
    long rated,
    long returned,
    long reopened) {

  public static final OrderCounts NONE = new OrderCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** The sum of two tallies. */
  public OrderCounts plus(OrderCounts o) {
    return new OrderCounts(
        eligible + o.eligible,
        withSignDeadline + o.withSignDeadline,
        signedInTime + o.signedInTime,
        closed + o.closed,
        closedInTime + o.closedInTime,
        solved + o.solved,
        solvedOrNot + o.solvedOrNot,
        satisfied + o.satisfied,
        rated + o.rated,
        returned + o.returned,
        reopened + o.reopened);
  }
}
