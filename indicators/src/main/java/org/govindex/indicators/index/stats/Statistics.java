package org.govindex.indicators.index.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/** Correlation, Cronbach's alpha and principal-component share on arrays with NaN = missing. */
public final class Statistics {

  private Statistics() {}

  /** Pearson correlation over pairs where both are present (NaN when fewer than 3 pairs). */
  public static double pearson(double[] a, double[] b) {
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
        pairs.add(new double[] {a[i], b[i]});
      }
    }
    if (pairs.size() < 3) {
      return Double.NaN;
    }
    double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
    double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
    return new PearsonsCorrelation().correlation(x, y);
  }

  /** Rows (units) where every column is present, as a [unit][column] matrix. */
  public static double[][] completeCases(double[][] columns) {
    List<double[]> rows = new ArrayList<>();
    int n = columns[0].length;
    outer:
    for (int i = 0; i < n; i++) {
      double[] row = new double[columns.length];
      for (int c = 0; c < columns.length; c++) {
        if (Double.isNaN(columns[c][i])) {
          continue outer;
        }
        row[c] = columns[c][i];
      }
      rows.add(row);
    }
    return rows.toArray(new double[0][]);
  }

  /**
   * Cronbach's alpha of the columns of {@code rows}: {@code k/(k-1) (1 - sum_i var(x_i) / var(sum_i
   * x_i))} with sample variances. Reference: Cronbach (1951), Psychometrika 16(3).
   */
  public static double cronbachAlpha(double[][] rows) {
    if (rows.length < 2 || rows[0].length < 2) {
      return Double.NaN;
    }
    int k = rows[0].length;
    double sumVar = 0;
    for (int c = 0; c < k; c++) {
      double[] col = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        col[i] = rows[i][c];
      }
      sumVar += variance(col);
    }
    double[] total = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      for (double v : rows[i]) {
        total[i] += v;
      }
    }
    return (double) k / (k - 1) * (1 - sumVar / variance(total));
  }

  /**
   * Share of total variance explained by the first principal component of the correlation matrix of
   * the columns: {@code lambda_max / k}. Reference: Jolliffe, Principal Component Analysis (2002),
   * ch. 2; OECD/JRC Handbook (2008) section 4.
   */
  public static double firstComponentShare(double[][] rows) {
    if (rows.length < 3 || rows[0].length < 2) {
      return Double.NaN;
    }
    double[][] corr = new PearsonsCorrelation(rows).getCorrelationMatrix().getData();
    for (double[] r : corr) {
      for (double v : r) {
        if (Double.isNaN(v)) {
          return Double.NaN;
        }
      }
    }
    double[] eig = new EigenDecomposition(new Array2DRowRealMatrix(corr)).getRealEigenvalues();
    double max = Double.NEGATIVE_INFINITY;
    for (double e : eig) {
      max = Math.max(max, e);
    }
    return max / corr.length;
  }

  /** Sample variance (n - 1). */
  static double variance(double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    return ss / (x.length - 1);
  }
}
