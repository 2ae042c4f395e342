package org.govindex.indicators.index.normalise;

import java.util.Set;
import org.govindex.indicators.index.MethodSpec;

/**
 * Keeps values as they are, multiplied by the direction ({@code y = direction * x}); for data that
 * are already on a common scale.
 */
public final class NoNormalizer implements Normalizer {

  @Override
  public String name() {
    return "none";
  }

  @Override
  public Set<String> parameters() {
    return Set.of();
  }

  @Override
  public void normalise(double[] x, double[] out, MethodSpec spec, IndicatorInfo info) {
    for (int i = 0; i < x.length; i++) {
      out[i] = info.direction() * x[i];
    }
  }

  @Override
  public boolean strictlyPositive(MethodSpec spec) {
    return false;
  }
}
