package org.govindex.indicators.index.normalise;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.stats.Ranking;

/**
 * Distance to the best performer: {@code y = scale * (1 - (max z - z)/(max z - min z))} with {@code
 * z = direction * x} (scale default 100). Reference: COINr {@code n_dist2max}.
 */
public final class DistanceToMaxNormalizer implements Normalizer {

  @Override
  public String name() {
    return "dist2max";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("scale");
  }

  @Override
  public void normalise(double[] x, double[] out, MethodSpec spec, IndicatorInfo info) {
    double scale = spec.number("scale", 100);
    double min = Ranking.min(x);
    double max = Ranking.max(x);
    if (!(max > min)) {
      throw new IndexSpecException(
          Messages.text("index.normalise.indicatorDist2maxNeeds", info.code()));
    }
    double best = info.direction() == 1 ? max : -min;
    for (int i = 0; i < x.length; i++) {
      double z = info.direction() * x[i];
      out[i] = scale * (1 - (best - z) / (max - min));
    }
  }

  @Override
  public boolean strictlyPositive(MethodSpec spec) {
    return false;
  }
}
