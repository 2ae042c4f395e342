package org.govindex.indicators.index.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

/**
 * Benefit-of-the-doubt weights (data envelopment analysis without inputs): each unit gets the
 * weights most favourable to it, within share bounds, and its score is measured against the best
 * units under those weights. For unit c with children values y_c (all present, &gt;= 0):
 *
 * <pre>
 *   BoD_c = max_w  sum_j w_j y_cj
 *           s.t.   sum_j w_j y_kj &lt;= 1          for every unit k with all children present
 *                  w_j &gt;= 0
 *                  L &lt;= w_j y_cj / sum_i w_i y_ci &lt;= U   for every child j (share bounds)
 * </pre>
 *
 * The share restrictions are linear ({@code w_j y_cj - L sum_i w_i y_ci >= 0}, likewise for U);
 * settings {@code lower} L (default 0) and {@code upper} U (default 1) need {@code k L <= 1 <= k U}
 * for k children; {@code scale} (default 1) multiplies the score, which lies in [0, 1] (1 = on the
 * frontier). Units with a missing child get no score. Solved per unit by the simplex method
 * (Commons Math {@link SimplexSolver}); a unit no better than another on every child adds no
 * constraint (the other's implies it) and is left out of the constraints. Reference: Cherchye,
 * Moesen, Rogge &amp; Van Puyenbroeck (2007), "An introduction to 'benefit of the doubt' composite
 * indicators", Social Indicators Research 82, 111-145 (model (3) with pie-share restrictions);
 * OECD/JRC Handbook on Constructing Composite Indicators (2008), section 6.1.3. COINr has no
 * equivalent.
 */
public final class BenefitOfTheDoubt {

  /** Settings of the {@code bod} aggregation. */
  public static final Set<String> PARAMETERS = Set.of("lower", "upper", "scale");

  private static final double EPS = 1e-10;

  /**
   * The solution for one unit.
   *
   * @param score BoD_c times scale (NaN when a child is missing)
   * @param weights the unit's weights w (multipliers of the children's values)
   * @param shares each child's share of the score, {@code w_j y_cj / sum_i w_i y_ci} (NaN for a
   *     score of 0)
   */
  public record Solution(double score, double[] weights, double[] shares) {}

  private BenefitOfTheDoubt() {}

  /** Checks the settings for an aggregate of {@code children} children. */
  public static void check(MethodSpec spec, int children, String node) {
    String where = Messages.text("index.where.aggregateNode", node);
    spec.checkParams(PARAMETERS, where);
    double lower = spec.number("lower", 0);
    double upper = spec.number("upper", 1);
    if (!(lower >= 0 && upper <= 1 && lower <= upper)) {
      throw new IndexSpecException(
          Messages.text("index.weights.bodNeedsLower", where, lower, upper));
    }
    if (lower * children > 1 + EPS || upper * children < 1 - EPS) {
      throw new IndexSpecException(
          Messages.text("index.weights.bodShareBounds", where, lower, upper, children));
    }
    if (!(spec.number("scale", 1) > 0)) {
      throw new IndexSpecException(Messages.text("index.weights.bodScale", where));
    }
  }

  /**
   * Solves every unit.
   *
   * @param y values [unit][child], NaN = missing, present values &gt;= 0
   */
  public static Solution[] solve(double[][] y, MethodSpec spec) {
    double lower = spec.number("lower", 0);
    double upper = spec.number("upper", 1);
    double scale = spec.number("scale", 1);
    List<LinearConstraint> frontier = new ArrayList<>();
    for (int k = 0; k < y.length; k++) {
      if (complete(y[k]) && !dominated(y, k)) {
        frontier.add(new LinearConstraint(y[k], Relationship.LEQ, 1));
      }
    }
    Solution[] out = new Solution[y.length];
    for (int c = 0; c < y.length; c++) {
      out[c] = solveUnit(y[c], frontier, lower, upper, scale);
    }
    return out;
  }

  private static Solution solveUnit(
      double[] yc, List<LinearConstraint> frontier, double lower, double upper, double scale) {
    int k = yc.length;
    if (!complete(yc)) {
      double[] nan = new double[k];
      java.util.Arrays.fill(nan, Double.NaN);
      return new Solution(Double.NaN, nan, nan);
    }
    List<LinearConstraint> constraints = new ArrayList<>(frontier);
    for (int j = 0; j < k; j++) {
      if (lower > 0) {
        constraints.add(new LinearConstraint(share(yc, j, lower), Relationship.GEQ, 0));
      }
      if (upper < 1) {
        constraints.add(new LinearConstraint(share(yc, j, upper), Relationship.LEQ, 0));
      }
    }
    PointValuePair p =
        new SimplexSolver()
            .optimize(
                new MaxIter(10_000),
                new LinearObjectiveFunction(yc, 0),
                new LinearConstraintSet(constraints),
                GoalType.MAXIMIZE,
                new NonNegativeConstraint(true));
    double[] w = p.getPoint();
    double total = p.getValue();
    double[] shares = new double[k];
    for (int j = 0; j < k; j++) {
      shares[j] = total > 0 ? w[j] * yc[j] / total : Double.NaN;
    }
    return new Solution(scale * total, w, shares);
  }

  /** Coefficients of {@code w_j y_cj - bound * sum_i w_i y_ci}. */
  private static double[] share(double[] yc, int j, double bound) {
    double[] a = new double[yc.length];
    for (int i = 0; i < yc.length; i++) {
      a[i] = (i == j ? yc[i] : 0) - bound * yc[i];
    }
    return a;
  }

  /**
   * Whether another unit is at least as good on every child (and better on one, or equal and
   * earlier): with w &gt;= 0 its constraint implies unit k's, which can be left out.
   */
  private static boolean dominated(double[][] y, int k) {
    for (int m = 0; m < y.length; m++) {
      if (m == k || !complete(y[m])) {
        continue;
      }
      boolean geq = true;
      boolean greater = false;
      for (int j = 0; j < y[k].length && geq; j++) {
        geq = y[m][j] >= y[k][j];
        greater |= y[m][j] > y[k][j];
      }
      if (geq && (greater || m < k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean complete(double[] row) {
    for (double v : row) {
      if (Double.isNaN(v)) {
        return false;
      }
    }
    return true;
  }
}
