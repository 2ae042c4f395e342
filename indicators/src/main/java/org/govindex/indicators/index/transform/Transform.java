package org.govindex.indicators.index.transform;

import java.util.Set;
import org.govindex.indicators.index.MethodSpec;

/** A monotone transform of one indicator's values, applied before normalisation. NaN stays NaN. */
public interface Transform {

  String name();

  Set<String> parameters();

  default void check(MethodSpec spec, String indicator) {
    spec.checkParams(parameters(), "indicator " + indicator);
  }

  /** Transforms {@code x} in place; throws naming the indicator when a value is out of domain. */
  void apply(double[] x, MethodSpec spec, String indicator);
}
