package org.govindex.indicators.index.weights;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;

/**
 * Weights from the first principal component of a group of siblings: the eigenvector a (unit
 * length) of the largest eigenvalue of the correlation matrix of their scores over the units with
 * all of them present (PCA of standardised data, as R's {@code prcomp(center = TRUE, scale =
 * TRUE)}), its sign chosen so that {@code sum a >= 0}.
 *
 * <ul>
 *   <li>{@code squared} (default): {@code w_j = a_j^2}, which sum to 1 — the squared loadings
 *       scaled to unity sum of the OECD/JRC Handbook on Constructing Composite Indicators (2008),
 *       section 6.1.2, with one component;
 *   <li>{@code loadings}: {@code w_j = a_j}, COINr's {@code get_PCA(weights_to = ...)} (the engine
 *       renormalises siblings' weights, so these act as {@code a_j / sum a}); refused when a
 *       loading is &lt;= 0, which no weight can be.
 * </ul>
 *
 * Reference: Jolliffe, Principal Component Analysis (2002), ch. 2; Commons Math {@link
 * EigenDecomposition}.
 */
public final class PcaWeights {

  /** How loadings become weights. */
  public enum Form {
    SQUARED,
    LOADINGS;

    /** {@code squared} or {@code loadings}. */
    public static Form parse(String text, String where) {
      return switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "squared" -> SQUARED;
        case "loadings" -> LOADINGS;
        default ->
            throw new IndexSpecException(Messages.text("index.weights.pcaForm", where, text));
      };
    }
  }

  private PcaWeights() {}

  /**
   * The first component's loadings a (unit length, {@code sum a >= 0}).
   *
   * @param rows [unit][sibling], complete cases only
   */
  public static double[] firstComponent(double[][] rows, List<String> codes, String where) {
    if (rows.length < 3) {
      throw new IndexSpecException(Messages.text("index.weights.pcaTooFewUnits", where, codes));
    }
    double[][] corr = new PearsonsCorrelation(rows).getCorrelationMatrix().getData();
    for (int j = 0; j < corr.length; j++) {
      if (Double.isNaN(corr[j][j])) {
        throw new IndexSpecException(
            Messages.text("index.weights.pcaConstant", where, codes, codes.get(j)));
      }
    }
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(corr));
    double[] values = eigen.getRealEigenvalues();
    int best = 0;
    for (int k = 1; k < values.length; k++) {
      if (values[k] > values[best]) {
        best = k;
      }
    }
    RealVector v = eigen.getEigenvector(best);
    double[] a = v.mapDivide(v.getNorm()).toArray();
    double sum = 0;
    for (double x : a) {
      sum += x;
    }
    if (sum < 0) {
      for (int j = 0; j < a.length; j++) {
        a[j] = -a[j];
      }
    }
    return a;
  }

  /**
   * Weights of the siblings by {@code form}; throws naming a sibling whose weight would be <= 0.
   */
  public static double[] weights(double[][] rows, Form form, List<String> codes, String where) {
    double[] a = firstComponent(rows, codes, where);
    double[] w = new double[a.length];
    for (int j = 0; j < a.length; j++) {
      w[j] = form == Form.SQUARED ? a[j] * a[j] : a[j];
      if (!(w[j] > 1e-12)) {
        throw new IndexSpecException(
            Messages.text(
                form == Form.LOADINGS
                    ? "index.weights.pcaLoadingSquared"
                    : "index.weights.pcaLoading",
                where,
                codes.get(j),
                a[j]));
      }
    }
    return w;
  }
}
