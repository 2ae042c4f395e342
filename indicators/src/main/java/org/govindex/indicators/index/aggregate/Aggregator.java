package org.govindex.indicators.index.aggregate;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.MethodSpec;

/**
 * Combines the children of a node into one score per unit. Missing children (NaN) are skipped and
 * the weights of the children present are renormalised to sum to 1; the engine applies the minimum
 * share of children present before calling.
 */
public interface Aggregator {

  String name();

  Set<String> parameters();

  default void check(MethodSpec spec, String node) {
    spec.checkParams(parameters(), Messages.text("index.where.aggregateNode", node));
  }

  /**
   * @param values child scores (NaN = missing), {@code n} first entries used
   * @param weights child weights (positive), same indexing
   * @param n number of children
   * @return the aggregate, NaN when no child is present
   */
  double aggregate(double[] values, double[] weights, int n, MethodSpec spec);

  /** A mean with its settings read once, for a node scored unit after unit. */
  @FunctionalInterface
  interface Bound {
    /** As {@link Aggregator#aggregate}, with the settings it was bound to. */
    double aggregate(double[] values, double[] weights, int n);
  }

  /** This mean with the settings of {@code spec} (read once where reading them costs). */
  default Bound bind(MethodSpec spec) {
    return (values, weights, n) -> aggregate(values, weights, n, spec);
  }

  /** Whether the method needs strictly positive children (geometric, harmonic, p &lt;= 0). */
  boolean needsPositive(MethodSpec spec);

  /**
   * Whether the method needs children &gt;= 0 (a power mean with p &gt; 0); implied by {@link
   * #needsPositive}.
   */
  default boolean needsNonNegative(MethodSpec spec) {
    return needsPositive(spec);
  }
}
