package org.govindex.indicators.objective;

/**
 * Mediation cases of one year (by 受理日期) and one (所属街道代码, 所属社区代码) pair.
 *
 * @param communityCode null when the case names no community
 * @param cases cases accepted
 * @param successes of them, 调解成功
 */
public record CaseTally(
    int year, String streetCode, String communityCode, long cases, long successes) {}
