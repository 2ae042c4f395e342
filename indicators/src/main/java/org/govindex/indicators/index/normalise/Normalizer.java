package org.govindex.indicators.index.normalise;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.MethodSpec;

/**
 * Brings one indicator onto a common scale, applying its direction so that higher is always better.
 * NaN (missing) stays NaN. Implementations are stateless.
 */
public interface Normalizer {

  /** The method name used in recipes and META. */
  String name();

  /** The settings the method accepts. */
  Set<String> parameters();

  /**
   * Settings written in the indicator's own units (e.g. goalposts, a target): when the indicator
   * has a transform, the engine transforms them as it transforms the values, as it does META's
   * {@code GoalLow}, {@code GoalHigh} and {@code Target}.
   */
  default Set<String> rawUnitSettings() {
    return Set.of();
  }

  /** Checks settings and indicator metadata before anything runs; throws with a message. */
  default void check(MethodSpec spec, IndicatorInfo info) {
    spec.checkParams(parameters(), Messages.text("index.where.indicator", info.code()));
  }

  /** Writes the normalised values of {@code x} into {@code out} (same length). */
  void normalise(double[] x, double[] out, MethodSpec spec, IndicatorInfo info);

  /**
   * Whether every output is strictly positive whatever the data, so that a geometric or harmonic
   * mean above it need not check its values (others are checked on the data, unit by unit).
   */
  boolean strictlyPositive(MethodSpec spec);
}
