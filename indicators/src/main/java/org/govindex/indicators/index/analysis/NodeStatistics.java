package org.govindex.indicators.index.analysis;

/**
 * Internal consistency of an aggregate's children over complete cases.
 *
 * @param node aggregate code
 * @param children number of children
 * @param completeUnits units with every child present
 * @param cronbachAlpha {@code k/(k-1) (1 - sum var_i / var(sum_i x_i))} (NaN when k &lt; 2)
 * @param firstComponentShare share of variance of the first principal component of the children's
 *     correlation matrix, {@code lambda_1 / k}
 */
public record NodeStatistics(
    String node,
    int children,
    int completeUnits,
    double cronbachAlpha,
    double firstComponentShare) {}
