package org.govindex.indicators.index.impute;

/**
 * The other years of one unit and indicator, for yearly imputation.
 *
 * @param times years with a present value, ascending
 * @param values the values at those years
 */
public record YearlyHistory(double[] times, double[] values) {

  public static final YearlyHistory EMPTY = new YearlyHistory(new double[0], new double[0]);
}
