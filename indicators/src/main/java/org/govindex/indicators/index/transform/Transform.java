package org.govindex.indicators.index.transform;

import java.util.List;
import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

/**
 * An increasing transform of one indicator's values, applied before normalisation. NaN stays NaN.
 * Settings of the normalisation that are written in the indicator's own units (goalposts, targets)
 * go through the same transform (see {@code IndexPlan}).
 */
public interface Transform {

  String name();

  Set<String> parameters();

  default void check(MethodSpec spec, String indicator) {
    spec.checkParams(parameters(), Messages.text("index.where.indicator", indicator));
  }

  /** The transformed value of {@code x}; NaN when x is NaN or outside {@link #domain}. */
  double value(double x, MethodSpec spec);

  /** The values the transform takes, in words for messages, e.g. {@code x > 0}. */
  String domain(MethodSpec spec);

  /**
   * Transforms {@code x} in place; throws naming the indicator, the unit and the value when a value
   * is outside the domain.
   *
   * @param units unit codes, same indexing as {@code x}
   */
  default void apply(double[] x, List<String> units, MethodSpec spec, String indicator) {
    for (int i = 0; i < x.length; i++) {
      double y = value(x[i], spec);
      if (Double.isNaN(y) && !Double.isNaN(x[i])) {
        throw new IndexSpecException(
            Messages.text(
                "index.transform.indicatorNeedsFound",
                indicator,
                spec,
                domain(spec),
                x[i],
                units.get(i)));
      }
      x[i] = y;
    }
  }
}
