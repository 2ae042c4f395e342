package org.govindex.indicators.index.weights;

import java.util.function.Function;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Weights of a level chosen so that each node's correlation with the index matches its nominal
 * importance, as COINr's {@code get_opt_weights(optype = "balance")}: with target importances t
 * (scaled to sum 1) and r_i(w) the Pearson correlation of node i with the index rebuilt with the
 * level's weights w (scaled to sum 1),
 *
 * <pre>
 *   minimise  D(w) = (1/m) sum_i (t_i - r_i(w) / sum_k r_k(w))^2
 * </pre>
 *
 * COINr minimises log D by R's {@code optim} (Nelder-Mead) from w = t with relative tolerance 0.1;
 * here D is minimised by the Nelder-Mead simplex of Commons Math ({@link SimplexOptimizer}) over
 * {@code w = exp(theta)}, so that every weight stays positive, from theta = ln t, to a relative
 * change of 1e-12 in D. Reference: Becker, Saisana, Paruolo &amp; Vandecasteele (2017), "Weights
 * and importance in composite indicators: Closing the gap", Ecological Indicators 80, 12-22 (the
 * linear version COINr implements).
 */
public final class OptimisedWeights {

  /**
   * The optimum.
   *
   * @param weights the level's weights, summing to 1
   * @param target the importances, summing to 1
   * @param obtained r_i / sum r at the optimum
   * @param objective D at the optimum
   * @param evaluations index rebuilds made
   */
  public record Result(
      double[] weights, double[] target, double[] obtained, double objective, int evaluations) {}

  private OptimisedWeights() {}

  /**
   * @param importance target importances (&gt; 0), one per node of the level
   * @param correlations the correlations r(w) of the level's nodes with the index for weights w
   */
  public static Result balance(double[] importance, Function<double[], double[]> correlations) {
    int m = importance.length;
    double[] target = normalised(importance);
    Function<double[], Double> objective =
        theta -> {
          double[] r = correlations.apply(weights(theta));
          double sum = 0;
          for (double v : r) {
            sum += v;
          }
          if (!(sum > 0)) {
            return Double.MAX_VALUE;
          }
          double d = 0;
          for (int i = 0; i < m; i++) {
            double e = target[i] - r[i] / sum;
            d += e * e;
          }
          return d / m;
        };
    double[] start = new double[m];
    for (int i = 0; i < m; i++) {
      start[i] = Math.log(target[i]);
    }
    SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-12, 1e-16));
    PointValuePair best =
        optimizer.optimize(
            new MaxEval(20_000),
            new ObjectiveFunction(objective::apply),
            GoalType.MINIMIZE,
            new InitialGuess(start),
            new NelderMeadSimplex(m, 0.2));
    double[] w = weights(best.getPoint());
    double[] r = correlations.apply(w);
    double sum = 0;
    for (double v : r) {
      sum += v;
    }
    double[] obtained = new double[m];
    for (int i = 0; i < m; i++) {
      obtained[i] = r[i] / sum;
    }
    return new Result(w, target, obtained, best.getValue(), optimizer.getEvaluations());
  }

  private static double[] weights(double[] theta) {
    double[] w = new double[theta.length];
    for (int i = 0; i < theta.length; i++) {
      w[i] = Math.exp(theta[i]);
    }
    return normalised(w);
  }

  private static double[] normalised(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] / sum;
    }
    return out;
  }
}
